"""Binary searches the WHOLE array for the partner, so half the target finds its own entry."""

from bisect import bisect_left


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x)
            if j < len(numbers) and numbers[j] == target - x:
                return [i + 1, j + 1]
        return []
