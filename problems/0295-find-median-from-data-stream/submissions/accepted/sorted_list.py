"""sortedcontainers.SortedList (available on LeetCode): O(log n) insertion, index the middle."""

from sortedcontainers import SortedList


class MedianFinder:

    def __init__(self):
        self.values = SortedList()

    def addNum(self, num: int) -> None:
        self.values.add(num)

    def findMedian(self) -> float:
        n = len(self.values)
        if n % 2:
            return float(self.values[n // 2])
        return (self.values[n // 2 - 1] + self.values[n // 2]) / 2
