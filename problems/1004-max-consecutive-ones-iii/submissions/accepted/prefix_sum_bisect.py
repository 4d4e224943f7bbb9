"""Prefix counts of zeros and a binary search for each right end's first valid start: O(n log n)."""

from bisect import bisect_left
from itertools import accumulate


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        prefix = [0] + list(accumulate(1 - x for x in nums))
        best = 0
        for end in range(1, len(prefix)):
            start = bisect_left(prefix, prefix[end] - k, 0, end)
            best = max(best, end - start)
        return best
