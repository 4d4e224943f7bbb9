"""Reference solution for 167. Two Sum II - Input Array Is Sorted: two pointers, O(n), O(1) space."""

from typing import List


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        left, right = 0, len(numbers) - 1
        while left < right:
            total = numbers[left] + numbers[right]
            if total == target:
                return [left + 1, right + 1]
            # Sorted: a sum too small cannot use `left` with anything left in the window,
            # a sum too large cannot use `right`.
            if total < target:
                left += 1
            else:
                right -= 1
        return []
