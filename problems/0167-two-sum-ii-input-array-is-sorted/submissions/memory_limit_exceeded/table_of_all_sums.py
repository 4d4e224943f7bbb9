"""Fills a flat n x n table of pairwise sums, sums[i * n + j], before searching it: correct, but
9 * 10^8 slots (7 GB) when n = 3 * 10^4."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        n = len(numbers)
        sums = [0] * (n * n)
        for i, a in enumerate(numbers):
            sums[i * n:(i + 1) * n] = [a + b for b in numbers]
        for i in range(n):
            row = sums[i * n + i + 1:(i + 1) * n]
            if target in row:
                return [i + 1, i + 2 + row.index(target)]
        return []
