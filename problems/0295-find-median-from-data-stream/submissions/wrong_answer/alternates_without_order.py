"""Puts numbers into the two heaps by turns to keep them balanced, but never swaps tops, so the
lower heap can hold numbers larger than the upper heap's."""

import heapq


class MedianFinder:

    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num: int) -> None:
        if len(self.lower) == len(self.upper):
            heapq.heappush(self.lower, -num)
        else:
            heapq.heappush(self.upper, num)

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (self.upper[0] - self.lower[0]) / 2
