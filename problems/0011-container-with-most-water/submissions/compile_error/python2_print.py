"""Python 2 style debug print statement (print "..."): a SyntaxError under Python 3."""


class Solution:
    def maxArea(self, height):
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            ans = max(ans, min(height[l], height[r]) * (r - l))
            if height[l] < height[r]:
                l += 1
            else:
                r -= 1
        print "answer:", ans
        return ans
