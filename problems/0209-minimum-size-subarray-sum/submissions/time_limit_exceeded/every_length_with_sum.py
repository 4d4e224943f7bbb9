"""Correct brute force: tries each length k from 1 up, summing every slice of that length with sum(); O(n^2) or worse."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)
        for k in range(1, n + 1):
            for i in range(n - k + 1):
                if sum(nums[i:i + k]) >= target:
                    return k
        return 0
