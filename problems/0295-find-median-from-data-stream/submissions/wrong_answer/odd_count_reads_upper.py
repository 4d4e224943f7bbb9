"""Balances so that the lower half has the extra element, then reads the upper half's top when
the count is odd."""

import heapq


class MedianFinder:

    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return float(self.upper[0]) if self.upper else float(-self.lower[0])
        return (self.upper[0] - self.lower[0]) / 2
