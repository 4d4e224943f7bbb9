"""Looks the third value up among the distinct values without counting copies: [-2, -2, 4] from a single -2."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = sorted(set(nums))
        present = set(values)
        result = []
        for i, a in enumerate(values):
            for b in values[i:]:
                c = -a - b
                if c < b:
                    break
                if c in present:
                    result.append([a, b, c])
        return result
