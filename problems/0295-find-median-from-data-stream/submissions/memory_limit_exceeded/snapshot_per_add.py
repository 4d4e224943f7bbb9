"""Keeps a sorted copy of all the numbers after every addNum, "to answer any later query":
quadratic memory, gigabytes at 5 * 10^4 numbers."""

import bisect


class MedianFinder:

    def __init__(self):
        self.snapshots = [[]]

    def addNum(self, num: int) -> None:
        latest = list(self.snapshots[-1])
        bisect.insort(latest, num)
        self.snapshots.append(latest)

    def findMedian(self) -> float:
        values = self.snapshots[-1]
        n = len(values)
        if n % 2:
            return float(values[n // 2])
        return (values[n // 2 - 1] + values[n // 2]) / 2
