"""Allocates a flat table of the number of types of every window, kinds[i * n + j], up front: n^2 cells, 10^10 when n = 10^5."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        n = len(fruits)
        kinds = [0] * (n * n)
        best = 0
        for i in range(n):
            seen = set()
            for j in range(i, n):
                seen.add(fruits[j])
                kinds[i * n + j] = len(seen)
                if len(seen) > 2:
                    break
                best = max(best, j - i + 1)
        return best
