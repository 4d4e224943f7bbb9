"""Sliding window with float('inf') as the "nothing found" mark, converted back to 0 at the end: O(n)."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        shortest = float("inf")
        left = window = 0
        for right in range(len(nums)):
            window += nums[right]
            while window >= target:
                shortest = min(shortest, right - left + 1)
                window -= nums[left]
                left += 1
        return 0 if shortest == float("inf") else shortest
