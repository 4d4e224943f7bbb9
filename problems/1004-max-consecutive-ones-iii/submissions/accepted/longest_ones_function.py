"""Sliding window written as a plain snake_case function, no Solution class."""


def longest_ones(nums, k):
    left = zeros = best = 0
    for right in range(len(nums)):
        zeros += nums[right] == 0
        while zeros > k:
            zeros -= nums[left] == 0
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
