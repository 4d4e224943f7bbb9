"""Correct brute force with the loops in C (itertools.combinations, sum): still O(n^3)."""

from itertools import combinations


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        return [list(t) for t in {tuple(sorted(c)) for c in combinations(nums, 3) if sum(c) == 0}]
