"""Collects the length of every good window and returns min() of them: ValueError when no window reaches the target."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        lengths = []
        total = left = 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                lengths.append(right - left + 1)
                total -= nums[left]
                left += 1
        return min(lengths)
