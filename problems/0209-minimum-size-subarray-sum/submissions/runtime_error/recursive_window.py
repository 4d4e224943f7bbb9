"""The sliding window written as recursion, one frame per element and two per step: RecursionError when n = 10^5."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)

        def grow(right, left, total, best):
            if right == n:
                return 0 if best > n else best
            return shrink(right, left, total + nums[right], best)

        def shrink(right, left, total, best):
            while total >= target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
            return grow(right + 1, left, total, best)

        return grow(0, 0, 0, n + 1)
