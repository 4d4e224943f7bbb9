"""Fills an n x n table of pairwise sums before searching it: correct, but 9 * 10^8 cells when
n = 3 * 10^4."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        n = len(numbers)
        sums = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                sums[i][j] = numbers[i] + numbers[j]
        for i in range(n):
            for j in range(i + 1, n):
                if sums[i][j] == target:
                    return [i + 1, j + 1]
        return []
