"""Brute force for 26. Remove Duplicates from Sorted Array: the answer the judge compares, built
without any pointer: the distinct values by looking at every earlier element, then the rest of
nums as it was (the checker reads only the first k elements)."""


def solve(nums):
    distinct = []
    for i, value in enumerate(nums):
        if all(nums[j] != value for j in range(i)):
            distinct.append(value)
    return {"return": len(distinct), "nums": distinct + nums[len(distinct):]}


def small(args) -> bool:
    # Quadratic in the worst case (all distinct); with at most 201 distinct values a first
    # occurrence search stops early, but a long run of repeats scans everything before it.
    return len(args["nums"]) <= 2000
