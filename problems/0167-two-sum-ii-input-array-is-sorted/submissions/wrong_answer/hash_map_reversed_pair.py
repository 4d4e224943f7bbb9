"""Dict of seen values that returns the current position first: [index2, index1]."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(numbers):
            if target - x in seen:
                return [i + 1, seen[target - x] + 1]
            seen[x] = i
        return []
