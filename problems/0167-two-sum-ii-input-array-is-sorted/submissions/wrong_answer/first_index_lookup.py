"""Looks the partner up in a dict of FIRST positions built up front, skipping only the entry
itself: for two equal halves it answers from the second copy, in the wrong order."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        first = {}
        for i, x in enumerate(numbers):
            first.setdefault(x, i)
        for i, x in enumerate(numbers):
            j = first.get(target - x)
            if j is not None and j != i:
                return [i + 1, j + 1]
        return []
