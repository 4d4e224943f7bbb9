"""Uses len(nums) as the "not found" mark, so when only the whole array reaches the target it answers 0 instead of n."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)
        best = n
        total = left = 0
        for right in range(n):
            total += nums[right]
            while total >= target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return 0 if best == n else best
