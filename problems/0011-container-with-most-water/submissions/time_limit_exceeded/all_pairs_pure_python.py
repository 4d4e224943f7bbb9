"""Correct brute force over every pair in pure Python: O(n^2), about 5 * 10^9 pairs when n = 10^5."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        best = 0
        for i in range(n):
            for j in range(i + 1, n):
                area = min(height[i], height[j]) * (j - i)
                if area > best:
                    best = area
        return best
