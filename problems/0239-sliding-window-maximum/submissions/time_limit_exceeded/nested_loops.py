"""Correct brute force with two nested Python loops: O(n * k), about 2.5e9 steps when n = 1e5 and k = 5e4."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        res = []
        for i in range(len(nums) - k + 1):
            m = nums[i]
            for j in range(i + 1, i + k):
                if nums[j] > m:
                    m = nums[j]
            res.append(m)
        return res
