"""Builds every window as its own list first: (n - k + 1) * k references, about 20 GB when n = 1e5 and k = 5e4."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        windows = [nums[i:i + k] for i in range(len(nums) - k + 1)]
        return [max(w) for w in windows]
