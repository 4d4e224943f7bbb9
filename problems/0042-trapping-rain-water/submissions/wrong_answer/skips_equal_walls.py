"""Split at the tallest bar, but takes the LAST maximum as the peak and scans the left part up to
the FIRST one: the water between two equal tallest bars is lost."""


class Solution:
    def trap(self, height: List[int]) -> int:
        first = height.index(max(height))
        last = len(height) - 1 - height[::-1].index(max(height))
        water = 0
        level = 0
        for h in height[:first]:
            level = max(level, h)
            water += level - h
        level = 0
        for h in reversed(height[last + 1:]):
            level = max(level, h)
            water += level - h
        return water
