"""Correct brute force: start at every tree and walk right until a third type appears; O(n^2) when only two types occur."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        n = len(fruits)
        best = 0
        for i in range(n):
            baskets = set()
            j = i
            while j < n and (fruits[j] in baskets or len(baskets) < 2):
                baskets.add(fruits[j])
                j += 1
            best = max(best, j - i)
        return best
