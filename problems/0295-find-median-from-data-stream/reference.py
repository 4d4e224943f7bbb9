"""Reference solution for LeetCode 295, Find Median from Data Stream: two heaps holding the lower
and the upper half, O(log n) per addNum and O(1) per findMedian."""

import heapq


class MedianFinder:

    def __init__(self):
        self.lower = []     # a max-heap of the smaller half, as negated values
        self.upper = []     # a min-heap of the larger half

    def addNum(self, num: int) -> None:
        # Through the lower half first, so that what goes up is at least everything below.
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (self.upper[0] - self.lower[0]) / 2
