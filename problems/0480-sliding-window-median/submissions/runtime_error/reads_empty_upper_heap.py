"""Two heaps that place a new value by comparing it with the upper heap's top: IndexError when k = 1, where that heap is always empty."""

import heapq
from collections import Counter


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        lower, upper = [], []                 # lower: max-heap (negated)
        for x in nums[:k]:
            heapq.heappush(lower, -x)
        for _ in range(k // 2):
            heapq.heappush(upper, -heapq.heappop(lower))
        gone = Counter()

        def median():
            return float(-lower[0]) if k % 2 else (upper[0] - lower[0]) / 2

        res = [median()]
        for i in range(k, len(nums)):
            out, x = nums[i - k], nums[i]
            gone[out] += 1
            balance = -1 if out <= -lower[0] else 1
            if x >= upper[0]:
                heapq.heappush(upper, x)
                balance -= 1
            else:
                heapq.heappush(lower, -x)
                balance += 1
            if balance < 0:
                heapq.heappush(lower, -heapq.heappop(upper))
            elif balance > 0:
                heapq.heappush(upper, -heapq.heappop(lower))
            while lower and gone[-lower[0]]:
                gone[-lower[0]] -= 1
                heapq.heappop(lower)
            while upper and gone[upper[0]]:
                gone[upper[0]] -= 1
                heapq.heappop(upper)
            res.append(median())
        return res
