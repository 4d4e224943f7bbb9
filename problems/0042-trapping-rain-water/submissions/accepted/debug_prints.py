"""Two pointers that prints debug lines to stdout on every call; stdout must not affect the verdict."""


class Solution:
    def trap(self, height: List[int]) -> int:
        print("DEBUG n =", len(height), "head =", height[:6])
        left, right = 0, len(height) - 1
        lm = rm = ans = 0
        while left < right:
            if height[left] < height[right]:
                lm = max(lm, height[left])
                ans += lm - height[left]
                left += 1
            else:
                rm = max(rm, height[right])
                ans += rm - height[right]
                right -= 1
        print("DEBUG water =", ans)
        return ans
