"""Walls taken strictly left and right of each column, without clamping at zero: a column taller
than its walls adds negative water."""


class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        left, right = [0] * n, [0] * n
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i - 1])
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i + 1])
        return sum(min(left[i], right[i]) - height[i] for i in range(n))
