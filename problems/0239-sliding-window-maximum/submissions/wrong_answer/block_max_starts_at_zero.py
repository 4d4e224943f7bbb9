"""Block prefix/suffix maxima whose running max restarts at 0, so windows of only negative numbers report 0."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        left, right = [0] * n, [0] * n
        cur = 0
        for i in range(n):
            if i % k == 0:
                cur = 0
            cur = max(cur, nums[i])
            left[i] = cur
        cur = 0
        for i in range(n - 1, -1, -1):
            if (i + 1) % k == 0:
                cur = 0
            cur = max(cur, nums[i])
            right[i] = cur
        return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]
