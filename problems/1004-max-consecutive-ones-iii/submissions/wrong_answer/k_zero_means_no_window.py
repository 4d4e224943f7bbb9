"""Sliding window with a shortcut that returns 0 when k is 0, forgetting the runs of ones
that need no flip."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        if k == 0 and 0 in nums:
            return 0
        left = zeros = best = 0
        for right, x in enumerate(nums):
            if x == 0:
                zeros += 1
            while zeros > k:
                if nums[left] == 0:
                    zeros -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
