class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Two pointers: the shorter wall limits every container that uses it, so drop it.
        lo, hi, best = 0, len(height) - 1, 0
        while lo < hi:
            best = max(best, (hi - lo) * min(height[lo], height[hi]))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
