"""Shrinks the window with `if` instead of `while`, one step per new value: after one big value the window stays too wide."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = len(nums) + 1
        total = left = 0
        for right, x in enumerate(nums):
            total += x
            if total >= target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return best if best <= len(nums) else 0
