"""Deque of values that also pops equal values, then evicts the front by value: a later equal copy is evicted too early."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        res = []
        for i, x in enumerate(nums):
            if i >= k and dq[0] == nums[i - k]:
                dq.popleft()
            while dq and dq[-1] <= x:
                dq.pop()
            dq.append(x)
            if i >= k - 1:
                res.append(dq[0])
        return res
