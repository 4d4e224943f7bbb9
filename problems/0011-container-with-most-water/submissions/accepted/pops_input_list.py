"""Two pointers where the right end is popped off the input list, mutating the caller's list."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left = 0
        best = 0
        while left < len(height) - 1:
            right_h = height[-1]
            best = max(best, min(height[left], right_h) * (len(height) - 1 - left))
            if height[left] < right_h:
                left += 1
            else:
                height.pop()
        return best
