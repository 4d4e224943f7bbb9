"""Monotonic stack of decreasing bars: a taller bar closes a pool, counted in horizontal layers."""


class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                floor = height[stack.pop()]
                if not stack:
                    break
                wall = stack[-1]
                depth = min(height[wall], h) - floor
                water += depth * (i - wall - 1)
            stack.append(i)
        return water
