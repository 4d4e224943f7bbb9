"""Removes the value at the window's new right end instead of the one leaving on the left: the window drifts from the truth."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        h = k // 2
        res = []
        for i in range(k, len(nums) + 1):
            res.append(float(window[h]) if k % 2 else (window[h - 1] + window[h]) / 2)
            if i < len(nums):
                insort(window, nums[i])
                del window[bisect_left(window, nums[i - 1])]
        return res
