"""Correct simulation: for each water level from 1 to the tallest bar, count the empty cells
between the first and the last bar that reach it. O(n * max height)."""


class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for level in range(1, max(height) + 1):
            first = last = -1
            walls = 0
            for i, h in enumerate(height):
                if h >= level:
                    if first < 0:
                        first = i
                    last = i
                    walls += 1
            if first >= 0:
                water += (last - first + 1) - walls
        return water
