"""Reference solution for 209. Minimum Size Subarray Sum: a window that grows on the right and
shrinks from the left while its sum still reaches the target, O(n)."""

from typing import List


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        # All values are positive, so dropping the leftmost element only lowers the sum: for each
        # right end, the shortest good window is found by shrinking while the sum stays >= target.
        # n + 1 stands for "no window found".
        best = len(nums) + 1
        total = 0
        left = 0
        for right, value in enumerate(nums):
            total += value
            while total >= target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return best if best <= len(nums) else 0
