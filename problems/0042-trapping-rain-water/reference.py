"""Reference solution for 42. Trapping Rain Water: two pointers, O(n) time, O(1) space."""

from typing import List


class Solution:
    def trap(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        left_max = right_max = 0
        water = 0
        while left < right:
            # The lower end is settled: the taller bar seen so far stands at the other pointer,
            # so this side's running maximum is the lower of the column's two walls.
            if height[left] < height[right]:
                left_max = max(left_max, height[left])
                water += left_max - height[left]
                left += 1
            else:
                right_max = max(right_max, height[right])
                water += right_max - height[right]
                right -= 1
        return water
