"""Monotonic queue in a plain list with pop(0), ties kept: each pop(0) shifts up to k items, still fast enough."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        q = []  # indices, values non-increasing
        res = []
        for i, x in enumerate(nums):
            while q and nums[q[-1]] < x:
                q.pop()
            q.append(i)
            if q[0] == i - k:
                q.pop(0)
            if i + 1 >= k:
                res.append(nums[q[0]])
        return res
