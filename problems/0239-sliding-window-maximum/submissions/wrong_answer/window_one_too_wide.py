"""Evicts the front only when its index is below i - k, so every window really holds k + 1 elements."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        q = deque()
        ans = []
        for i, x in enumerate(nums):
            while q and nums[q[-1]] <= x:
                q.pop()
            q.append(i)
            if q[0] < i - k:
                q.popleft()
            if i >= k - 1:
                ans.append(nums[q[0]])
        return ans
