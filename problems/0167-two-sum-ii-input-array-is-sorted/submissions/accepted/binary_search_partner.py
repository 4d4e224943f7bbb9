"""For each entry, binary search the part after it for the partner: O(n log n), O(1) space."""

from bisect import bisect_left


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        n = len(numbers)
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x, i + 1, n)
            if j < n and numbers[j] == target - x:
                return [i + 1, j + 1]
        return []
