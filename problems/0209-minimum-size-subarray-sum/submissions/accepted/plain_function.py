"""Sliding window as a module-level function, min_sub_array_len, with no class."""


def min_sub_array_len(target, nums):
    n = len(nums)
    best = n + 1
    s = 0
    lo = 0
    for hi, x in enumerate(nums):
        s += x
        while s - nums[lo] >= target:
            s -= nums[lo]
            lo += 1
        if s >= target:
            best = min(best, hi - lo + 1)
    return 0 if best > n else best
