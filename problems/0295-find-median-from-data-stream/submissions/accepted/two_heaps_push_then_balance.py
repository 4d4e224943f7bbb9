"""Two heaps, balanced after each push by moving one top across: the lower half may hold one
more element than the upper half."""

import heapq


class MedianFinder:

    def __init__(self):
        self.small = []     # negated: a max-heap
        self.large = []

    def addNum(self, num: int) -> None:
        if self.small and num > -self.small[0]:
            heapq.heappush(self.large, num)
        else:
            heapq.heappush(self.small, -num)
        if len(self.small) > len(self.large) + 1:
            heapq.heappush(self.large, -heapq.heappop(self.small))
        elif len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (-self.small[0] + self.large[0]) / 2.0
