"""Prefix sums and bisect_left: for each start, the first end whose prefix reaches prefix[i] + target; O(n log n)."""

import bisect
from itertools import accumulate


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        prefix = [0] + list(accumulate(nums))
        n = len(nums)
        best = 0
        for i in range(n):
            j = bisect.bisect_left(prefix, prefix[i] + target, i + 1)
            if j <= n and (best == 0 or j - i < best):
                best = j - i
        return best
