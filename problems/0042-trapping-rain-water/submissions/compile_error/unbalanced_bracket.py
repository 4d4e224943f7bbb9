"""Prefix maxima with a bracket left open: SyntaxError."""


class Solution:
    def trap(self, height: List[int]) -> int:
        left = [max(height[: i + 1] for i in range(len(height))]
        right = [max(height[i:]) for i in range(len(height))]
        return sum(min(a, b) - h for a, b, h in zip(left, right, height))
