"""Brute force for 480. Sliding Window Median: sort every window, O(n * k log k)."""


def solve(nums, k):
    medians = []
    for start in range(len(nums) - k + 1):
        window = sorted(nums[start:start + k])
        middle = k // 2
        if k % 2 == 1:
            medians.append(float(window[middle]))
        else:
            medians.append((window[middle - 1] + window[middle]) / 2)
    return medians


def small(args) -> bool:
    n, k = len(args["nums"]), args["k"]
    return (n - k + 1) * k <= 2_000_000
