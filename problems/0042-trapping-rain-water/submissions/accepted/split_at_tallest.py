"""Split at the tallest bar: left of it only the running maximum from the left matters, and
symmetrically on the right."""


class Solution:
    def trap(self, height: List[int]) -> int:
        peak = height.index(max(height))
        water = 0
        level = 0
        for h in height[:peak]:
            level = max(level, h)
            water += level - h
        level = 0
        for h in reversed(height[peak + 1:]):
            level = max(level, h)
            water += level - h
        return water
