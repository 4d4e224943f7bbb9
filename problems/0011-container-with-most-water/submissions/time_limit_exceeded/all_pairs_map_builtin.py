"""Correct brute force that pushes the inner loop into C (max over map of min and mul): still O(n^2)."""

from itertools import repeat
from operator import mul


class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        best = 0
        for i in range(n - 1):
            rest = height[i + 1:]
            levels = map(min, repeat(height[i]), rest)
            best = max(best, max(map(mul, levels, range(1, n - i))))
        return best
