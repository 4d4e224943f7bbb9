"""Reads the upper heap's top for every median, but after one number the upper heap is empty:
IndexError on the first findMedian."""

import heapq


class MedianFinder:

    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def findMedian(self) -> float:
        top = self.upper[0]
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (top - self.lower[0]) / 2
