"""Written with Java habits: `left++` and a `?:` conditional are not Python, so it does not compile."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = len(nums) + 1
        total = left = 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left++
        return best <= len(nums) ? best : 0
