"""Correct one-liner taking max() of every slice: the work is in C but still O(n * k), tens of seconds at n = 1e5, k = 5e4."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
