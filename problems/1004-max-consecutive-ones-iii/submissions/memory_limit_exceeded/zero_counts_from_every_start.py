"""Keeps, for every start, the running zero counts to every end: n^2 / 2 numbers, gigabytes at
n = 10^5."""

from bisect import bisect_right
from itertools import accumulate


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        rows = [list(accumulate(1 - x for x in nums[i:])) for i in range(len(nums))]
        return max(bisect_right(row, k) for row in rows)
