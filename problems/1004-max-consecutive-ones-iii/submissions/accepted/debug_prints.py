"""Sliding window that prints debug lines to stdout; stdout must not affect the verdict."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        print("DEBUG n =", len(nums), "k =", k, "head =", nums[:8])
        left = zeros = best = 0
        for right, x in enumerate(nums):
            if x == 0:
                zeros += 1
            while zeros > k:
                zeros -= nums[left] == 0
                left += 1
            best = max(best, right - left + 1)
        print("DEBUG best =", best)
        return best
