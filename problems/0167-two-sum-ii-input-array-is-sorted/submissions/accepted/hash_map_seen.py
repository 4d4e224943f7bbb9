"""One pass with a dict of where each value was first seen: O(n) time, O(n) space."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(numbers):
            if target - x in seen:
                return [seen[target - x] + 1, i + 1]
            seen.setdefault(x, i)
        return []
