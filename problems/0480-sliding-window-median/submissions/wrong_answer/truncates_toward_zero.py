"""Averages the middle pair exactly, then rounds with int() as if medians were integers: 2.5 becomes 2, -0.5 becomes 0."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        h = k // 2
        res = []
        for i in range(k, len(nums) + 1):
            m = window[h] if k % 2 else (window[h - 1] + window[h]) / 2
            res.append(float(int(m)))
            if i < len(nums):
                del window[bisect_left(window, nums[i - k])]
                insort(window, nums[i])
        return res
