"""Finds the partner with list.index after each entry, which raises ValueError when it is absent."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        for i, x in enumerate(numbers):
            j = numbers.index(target - x, i + 1)
            return [i + 1, j + 1]
