"""Sliding window that prints debug lines on every call; printed output must not change the verdict."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        print("DEBUG target =", target, "n =", len(nums), "head =", nums[:8])
        best, total, left = 0, 0, 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                if best == 0 or right - left + 1 < best:
                    best = right - left + 1
                total -= nums[left]
                left += 1
        print("DEBUG best =", best)
        return best
