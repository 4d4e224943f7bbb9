"""Sorted window of values rescaled to x / 10 (floats), medians scaled back by 10: each differs from the exact one in the last bits, far inside 1e-5."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        scaled = [x / 10 for x in nums]
        window = sorted(scaled[:k])
        h = k // 2
        res = []
        for i in range(k, len(nums) + 1):
            m = window[h] if k % 2 else (window[h - 1] + window[h]) / 2
            res.append(m * 10)
            if i < len(nums):
                window.pop(bisect_left(window, scaled[i - k]))
                insort(window, scaled[i])
        return res
