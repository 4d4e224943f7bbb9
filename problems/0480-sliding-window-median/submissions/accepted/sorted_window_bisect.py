"""Keeps the window sorted with bisect: delete the leaving value, insort the new one. O(n k) moves, but each is one memmove."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        mid = k // 2
        odd = k % 2 == 1
        out = []
        for i in range(k, len(nums) + 1):
            out.append(float(window[mid]) if odd else (window[mid - 1] + window[mid]) / 2)
            if i == len(nums):
                break
            del window[bisect_left(window, nums[i - k])]
            insort(window, nums[i])
        return out
