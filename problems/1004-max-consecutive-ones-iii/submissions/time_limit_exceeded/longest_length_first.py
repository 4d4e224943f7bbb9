"""Correct but slow: tries each length from n down, sliding a zero count over the windows of that
length. O(n^2) when the answer is short."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        n = len(nums)
        for length in range(n, 0, -1):
            zeros = length - sum(nums[:length])
            if zeros <= k:
                return length
            for start in range(1, n - length + 1):
                zeros += (nums[start + length - 1] == 0) - (nums[start - 1] == 0)
                if zeros <= k:
                    return length
        return 0
