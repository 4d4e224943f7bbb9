"""Two pointers that stop as soon as both ends are equally tall; misses a better container strictly inside them."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            elif height[l] > height[r]:
                r -= 1
            else:
                break  # wrong: the lines inside may still hold more
        return ans
