"""One pass from the left with a running maximum: forgets that the right wall may be lower."""


class Solution:
    def trap(self, height: List[int]) -> int:
        level = 0
        water = 0
        for h in height:
            level = max(level, h)
            water += level - h
        return water
