"""Brute force for 209. Minimum Size Subarray Sum: the sum of every subarray from prefix sums,
O(n^2)."""


def solve(target, nums):
    n = len(nums)
    prefix = [0]
    for value in nums:
        prefix.append(prefix[-1] + value)
    shortest = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if prefix[j] - prefix[i] >= target:
                if shortest == 0 or j - i < shortest:
                    shortest = j - i
    return shortest


def small(args) -> bool:
    # n * (n + 1) / 2 pairs; two thousand elements make about two million.
    return len(args["nums"]) <= 2000
