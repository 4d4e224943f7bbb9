"""Keeps a copy of every prefix and every suffix to take their maxima: n^2 list slots in all,
gigabytes when n = 2 * 10^4."""


class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        prefixes = [height[: i + 1] for i in range(n)]
        suffixes = [height[i:] for i in range(n)]
        return sum(min(max(p), max(s)) - h for p, s, h in zip(prefixes, suffixes, height))
