"""Brute force that uses the order to stop each inner loop once the sum passes the target: still
O(n^2) when most sums stay below it."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        n = len(numbers)
        for i in range(n):
            for j in range(i + 1, n):
                s = numbers[i] + numbers[j]
                if s == target:
                    return [i + 1, j + 1]
                if s > target:
                    break
        return []
