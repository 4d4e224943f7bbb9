"""Brute force for 167. Two Sum II - Input Array Is Sorted: try every pair of positions, O(n^2)."""


def solve(numbers, target):
    n = len(numbers)
    for i in range(n):
        for j in range(i + 1, n):
            if numbers[i] + numbers[j] == target:
                return [i + 1, j + 1]
    return []


def small(args) -> bool:
    # At most n^2 / 2 pairs; 1500 entries is about a million, well under a second.
    return len(args["numbers"]) <= 1500
