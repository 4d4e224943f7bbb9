"""Records each window's maximum before admitting the next element, and never records the final window."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        for i in range(k):
            while dq and nums[dq[-1]] <= nums[i]:
                dq.pop()
            dq.append(i)
        res = []
        for i in range(k, len(nums)):
            res.append(nums[dq[0]])
            if dq[0] == i - k:
                dq.popleft()
            while dq and nums[dq[-1]] <= nums[i]:
                dq.pop()
            dq.append(i)
        return res
