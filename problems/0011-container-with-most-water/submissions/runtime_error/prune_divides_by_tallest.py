"""Two pointers with an early exit that divides by the tallest line: ZeroDivisionError when every height is 0."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        tallest = max(height)
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            # no container narrower than ans // tallest can beat ans
            if r - l <= ans // tallest:
                break
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        return ans
