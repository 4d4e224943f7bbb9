"""The sliding window as a recursion with one frame per element: RecursionError at n = 10^5."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        def grow(right, left, zeros, best):
            if right == len(nums):
                return best
            zeros += nums[right] == 0
            while zeros > k:
                zeros -= nums[left] == 0
                left += 1
            return grow(right + 1, left, zeros, max(best, right - left + 1))

        return grow(0, 0, 0, 0)
