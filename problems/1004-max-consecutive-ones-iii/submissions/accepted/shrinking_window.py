"""Sliding window that shrinks from the left while it holds more than k zeros."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        lo = 0
        budget = k
        ans = 0
        for hi, x in enumerate(nums):
            if x == 0:
                budget -= 1
            while budget < 0:
                if nums[lo] == 0:
                    budget += 1
                lo += 1
            ans = max(ans, hi - lo + 1)
        return ans
