"""Correct brute force: len(set(fruits[i:j])) for every slice, longest first; O(n^2) slices of O(n) each."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        n = len(fruits)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                if len(set(fruits[i:i + length])) <= 2:
                    return length
        return 0
