"""Two pointers with width r - l + 1 (counts lines, not gaps), so any nonzero answer comes out too large."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l + 1))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
