"""Two pointers that move both ends inward when the two lines are equally tall: O(n)."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        res = 0
        while l < r:
            hl, hr = height[l], height[r]
            res = max(res, min(hl, hr) * (r - l))
            if hl < hr:
                l += 1
            elif hr < hl:
                r -= 1
            else:
                # Neither line can do better with anything inside the window.
                l += 1
                r -= 1
        return res
