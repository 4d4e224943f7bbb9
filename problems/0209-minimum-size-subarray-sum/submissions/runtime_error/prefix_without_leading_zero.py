"""Prefix sums without a leading 0; when no window from i reaches the target, bisect returns n and prefix[n] raises IndexError."""

import bisect


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        prefix = []
        running = 0
        for x in nums:
            running += x
            prefix.append(running)
        n = len(nums)
        best = 0
        for i in range(n):
            before = prefix[i - 1] if i else 0
            j = bisect.bisect_left(prefix, before + target, i)
            length = j - i + 1
            if prefix[j] - before >= target and (best == 0 or length < best):
                best = length
        return best
