"""Reference solution for 480. Sliding Window Median: two heaps with lazy deletion, O(n log n)."""

from heapq import heappop, heappush
from typing import List


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        # `low` is a max-heap (entries negated) of the smaller half of the window, `high` a
        # min-heap of the larger half. Entries are (value, index) pairs, all different, so
        # every valid entry of `low` is below every valid entry of `high`, and an entry that
        # has left the window is known by its index. It stays in its heap until it reaches the
        # top, and is dropped there ("lazy deletion"). `low` holds ceil(k / 2) valid entries.
        ordered = sorted((nums[index], index) for index in range(k))
        half = (k + 1) // 2
        # A sorted list is a heap already: no pushes are needed to fill the first window.
        low = [(-value, -index) for value, index in reversed(ordered[:half])]
        high = ordered[half:]
        medians = [self.median(low, high, k)]
        for right in range(k, len(nums)):
            left = right - k
            top = (-low[0][0], -low[0][1])
            # The change in (valid entries of low) - (valid entries of high).
            balance = -1 if (nums[left], left) <= top else 1
            if (nums[right], right) < top:
                heappush(low, (-nums[right], -right))
                balance += 1
            else:
                heappush(high, (nums[right], right))
                balance -= 1
            if balance < 0:
                value, index = heappop(high)
                heappush(low, (-value, -index))
            elif balance > 0:
                value, index = heappop(low)
                heappush(high, (-value, -index))
            while low and -low[0][1] <= left:
                heappop(low)
            while high and high[0][1] <= left:
                heappop(high)
            medians.append(self.median(low, high, k))
        return medians

    @staticmethod
    def median(low: list, high: list, k: int) -> float:
        if k % 2:
            return float(-low[0][0])
        return (-low[0][0] + high[0][0]) / 2
