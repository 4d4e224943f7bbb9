"""Two heaps with lazy deletion counted by value (the textbook version), medians as halves added: a / 2 + b / 2."""

import heapq
from collections import defaultdict


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        small, large = [], []            # small: max-heap (negated), large: min-heap
        for x in nums[:k]:
            heapq.heappush(small, -x)
        for _ in range(k // 2):
            heapq.heappush(large, -heapq.heappop(small))
        gone = defaultdict(int)

        def median():
            if k & 1:
                return float(-small[0])
            return -small[0] / 2 + large[0] / 2

        res = [median()]
        for i in range(k, len(nums)):
            out, x = nums[i - k], nums[i]
            gone[out] += 1
            balance = -1 if out <= -small[0] else 1
            if x <= -small[0]:
                heapq.heappush(small, -x)
                balance += 1
            else:
                heapq.heappush(large, x)
                balance -= 1
            if balance < 0:
                heapq.heappush(small, -heapq.heappop(large))
            elif balance > 0:
                heapq.heappush(large, -heapq.heappop(small))
            while small and gone[-small[0]]:
                gone[-small[0]] -= 1
                heapq.heappop(small)
            while large and gone[large[0]]:
                gone[large[0]] -= 1
                heapq.heappop(large)
            res.append(median())
        return res
