"""Copies every window into its own list before computing any median: (n - k + 1) * k references, about 20 GB at the limits."""


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        windows = [nums[i:i + k] for i in range(len(nums) - k + 1)]
        res = []
        for w in windows:
            w.sort()
            res.append(float(w[k // 2]) if k % 2 else (w[k // 2 - 1] + w[k // 2]) / 2)
        return res
