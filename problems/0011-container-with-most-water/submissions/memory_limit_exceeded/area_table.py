"""Fills an n x n table of pair areas before taking the max: correct, but 10^10 cells when n = 10^5."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        area = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                area[i][j] = min(height[i], height[j]) * (j - i)
        return max(max(row) for row in area)
