"""Brute force for 42. Trapping Rain Water: find both walls of every column by scanning, O(n^2)."""


def solve(height):
    total = 0
    for i, h in enumerate(height):
        left_wall = max(height[: i + 1])
        right_wall = max(height[i:])
        total += min(left_wall, right_wall) - h
    return total


def small(args) -> bool:
    # n slices and maxima of about n elements each, in C: 4000 columns is ~16 million element
    # visits, a fraction of a second.
    return len(args["height"]) <= 4000
