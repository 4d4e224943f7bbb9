"""Brute force for 15. 3Sum: every three positions, O(n^3), the sorted triplets in a set."""

from itertools import combinations


def solve(nums):
    return [list(t) for t in sorted({tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0})]


def small(args) -> bool:
    return len(args["nums"]) <= 150
