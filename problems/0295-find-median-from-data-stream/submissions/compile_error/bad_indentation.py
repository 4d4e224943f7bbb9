"""A method body that is not indented: an IndentationError before any call runs."""


class MedianFinder:

    def __init__(self):
    self.values = []

    def addNum(self, num: int) -> None:
        self.values.append(num)

    def findMedian(self) -> float:
        return float(sorted(self.values)[len(self.values) // 2])
