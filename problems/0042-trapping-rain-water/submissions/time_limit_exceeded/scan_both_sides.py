"""Correct brute force: for every column scan left and right for its walls. O(n^2)."""


class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        water = 0
        for i in range(n):
            left = right = 0
            for j in range(i, -1, -1):
                if height[j] > left:
                    left = height[j]
            for j in range(i, n):
                if height[j] > right:
                    right = height[j]
            water += min(left, right) - height[i]
        return water
