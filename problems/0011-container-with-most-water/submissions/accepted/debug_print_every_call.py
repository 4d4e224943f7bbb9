"""Two pointers that prints debug lines to stdout on every call; stdout must not affect the verdict."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        print("DEBUG n =", len(height), "first =", height[:5])
        l, r, ans = 0, len(height) - 1, 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        print("DEBUG answer:", ans)
        return ans
