"""Starts a fresh window at the zero that breaks the limit, throwing away the zeros it could keep."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        left = zeros = best = 0
        for right, x in enumerate(nums):
            if x == 0:
                zeros += 1
                if zeros > k:
                    left = right + 1 if k == 0 else right
                    zeros = 0 if k == 0 else 1
            best = max(best, right - left + 1)
        return best
