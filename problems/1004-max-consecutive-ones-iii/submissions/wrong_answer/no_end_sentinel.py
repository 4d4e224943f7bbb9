"""Positions of the zeros with a sentinel in front but none behind: misses the windows that run
to the end of the array."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        zeros = [-1] + [i for i, x in enumerate(nums) if x == 0]
        if len(zeros) - 1 <= k:
            return len(nums)
        return max(zeros[i + k + 1] - zeros[i] - 1 for i in range(len(zeros) - k - 1))
