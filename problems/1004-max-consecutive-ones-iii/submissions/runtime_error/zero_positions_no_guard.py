"""Positions of the zeros without the guard for k at least the number of zeros: IndexError."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        zeros = [-1] + [i for i, x in enumerate(nums) if x == 0] + [len(nums)]
        return max(zeros[i + k + 1] - zeros[i] - 1 for i in range(len(zeros) - 1))
