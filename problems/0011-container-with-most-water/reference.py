"""Reference solution for LeetCode 11, Container With Most Water: two pointers, O(n) time."""

from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            h_left, h_right = height[left], height[right]
            # The shorter of the two lines caps the water level.
            if h_left < h_right:
                best = max(best, h_left * (right - left))
                # Every other container that uses `left` would be narrower and
                # still capped at h_left, so `left` has nothing better to offer.
                left += 1
            else:
                best = max(best, h_right * (right - left))
                # Same argument for `right` (on a tie either pointer may move).
                right -= 1
        return best
