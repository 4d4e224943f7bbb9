"""Brute force for LeetCode 11: try every pair of lines. O(n^2), used to cross-check the reference."""

from typing import List


def solve(height: List[int]) -> int:
    best = 0
    n = len(height)
    for i in range(n):
        for j in range(i + 1, n):
            area = min(height[i], height[j]) * (j - i)
            if area > best:
                best = area
    return best


def small(args: dict) -> bool:
    # About n^2 / 2 pair checks; 2000 lines means ~2 million, well under a second.
    return len(args["height"]) <= 2000
