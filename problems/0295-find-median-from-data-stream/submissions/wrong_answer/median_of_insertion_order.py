"""Keeps the numbers in arrival order and takes the middle of that: right only when the numbers
happen to arrive sorted."""


class MedianFinder:

    def __init__(self):
        self.values = []

    def addNum(self, num: int) -> None:
        self.values.append(num)

    def findMedian(self) -> float:
        n = len(self.values)
        if n % 2:
            return float(self.values[n // 2])
        return (self.values[n // 2 - 1] + self.values[n // 2]) / 2
