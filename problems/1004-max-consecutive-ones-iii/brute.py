"""Brute force for 1004. Max Consecutive Ones III: count the zeros of every window, O(n^2)."""


def solve(nums, k):
    n = len(nums)
    best = 0
    for start in range(n):
        zeros = 0
        for end in range(start, n):
            zeros += nums[end] == 0
            if zeros <= k:
                best = max(best, end - start + 1)
    return best


def small(args) -> bool:
    # n^2 / 2 window steps; 1500 elements is about a million, well under a second.
    return len(args["nums"]) <= 1500
