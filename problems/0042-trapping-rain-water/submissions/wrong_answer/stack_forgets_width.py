"""Monotonic stack that adds each layer's depth but not its width: right only for pools one bar wide."""


class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                floor = height[stack.pop()]
                if not stack:
                    break
                water += min(height[stack[-1]], h) - floor
            stack.append(i)
        return water
