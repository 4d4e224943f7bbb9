"""Shrinks while the sum is strictly greater than the target: windows that hit it exactly are never counted."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = len(nums) + 1
        total = left = 0
        for right, x in enumerate(nums):
            total += x
            while total > target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return best if best <= len(nums) else 0
