"""Walks nums by mutual recursion, two frames per element: RecursionError once n is near 1e5 (2e5 frames)."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        res = []

        def step(i):
            if i == len(nums):
                return res
            return admit(i)

        def admit(i):
            while dq and nums[dq[-1]] <= nums[i]:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                res.append(nums[dq[0]])
            return step(i + 1)

        return step(0)
