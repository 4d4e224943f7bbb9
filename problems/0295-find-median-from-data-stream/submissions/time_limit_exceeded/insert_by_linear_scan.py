"""Correct, but keeps a sorted list by walking it element by element to find each insertion
point: O(n) Python steps per addNum, over 10^9 when 5 * 10^4 numbers arrive in ascending order."""


class MedianFinder:

    def __init__(self):
        self.values = []

    def addNum(self, num: int) -> None:
        i = 0
        while i < len(self.values) and self.values[i] <= num:
            i += 1
        self.values.insert(i, num)

    def findMedian(self) -> float:
        n = len(self.values)
        if n % 2:
            return float(self.values[n // 2])
        return (self.values[n // 2 - 1] + self.values[n // 2]) / 2
