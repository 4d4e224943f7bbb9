"""Monotonic stack that reads the left wall without checking that one is left: IndexError as soon
as a bar rises above everything to its left."""


class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                floor = height[stack.pop()]
                wall = stack[-1]
                water += (min(height[wall], h) - floor) * (i - wall - 1)
            stack.append(i)
        return water
