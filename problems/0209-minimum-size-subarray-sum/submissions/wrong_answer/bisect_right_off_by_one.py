"""Prefix sums with bisect_right instead of bisect_left: an end whose prefix equals prefix[i] + target is skipped."""

import bisect


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        n = len(nums)
        best = n + 1
        for i in range(n):
            j = bisect.bisect_right(prefix, prefix[i] + target)
            if j <= n:
                best = min(best, j - i)
        return best if best <= n else 0
