"""The colon after the def header is missing: a SyntaxError before any call runs."""

import heapq


class MedianFinder:

    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num: int) -> None
        heapq.heappush(self.lower, -num)

    def findMedian(self) -> float:
        return float(-self.lower[0])
