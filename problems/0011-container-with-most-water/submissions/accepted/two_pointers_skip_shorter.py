"""Two pointers that, after a move, also skip every line no taller than the one just left: O(n)."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            a, b = height[lo], height[hi]
            best = max(best, min(a, b) * (hi - lo))
            if a < b:
                while lo < hi and height[lo] <= a:
                    lo += 1
            else:
                while lo < hi and height[hi] <= b:
                    hi -= 1
        return best
