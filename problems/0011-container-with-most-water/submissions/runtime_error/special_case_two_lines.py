"""Handles n == 2 as a special case with 1-based indices: height[2] raises IndexError on every two-line input."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        if len(height) == 2:
            return min(height[1], height[2])
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
