"""Positions of the zeros with sentinels: the best window flips k zeros in a row and stops just
before the next one."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        n = len(nums)
        zeros = [-1] + [i for i, x in enumerate(nums) if x == 0] + [n]
        if len(zeros) - 2 <= k:
            return n
        return max(zeros[i + k + 1] - zeros[i] - 1 for i in range(len(zeros) - k - 1))
