"""Sorted window, but the middle pair is averaged with //: the median of [1, 2] comes out 1, not 1.5 (and -1 for [-2^31, 2^31 - 1])."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        h = k // 2
        res = []
        for i in range(k, len(nums) + 1):
            res.append(float(window[h]) if k % 2 else float((window[h - 1] + window[h]) // 2))
            if i < len(nums):
                del window[bisect_left(window, nums[i - k])]
                insort(window, nums[i])
        return res
