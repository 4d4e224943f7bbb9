"""Bars visited from the tallest down (a sort, O(n log n)): the visited ones always form one span, and a bar outside it fills every column between itself and the span up to its own height."""


class Solution:
    def trap(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: -height[i])
        lo = hi = order[0]
        water = 0
        for i in order[1:]:
            level = height[i]
            if i < lo:
                for j in range(i + 1, lo):
                    water += level - height[j]
                lo = i
            elif i > hi:
                for j in range(hi + 1, i):
                    water += level - height[j]
                hi = i
        return water
