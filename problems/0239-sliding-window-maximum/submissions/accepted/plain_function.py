"""Monotonic deque written as a plain module-level function instead of a Solution class."""
from collections import deque


def max_sliding_window(nums, k):
    best = deque()
    out = []
    for i, x in enumerate(nums):
        if best and best[0] == i - k:
            best.popleft()
        while best and nums[best[-1]] <= x:
            best.pop()
        best.append(i)
        if i >= k - 1:
            out.append(nums[best[0]])
    return out
