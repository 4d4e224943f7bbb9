"""Uses a name it never defined: the list lives on self, but addNum reads a bare `values`."""


class MedianFinder:

    def __init__(self):
        self.values = []

    def addNum(self, num: int) -> None:
        values.append(num)  # noqa: F821

    def findMedian(self) -> float:
        ordered = sorted(self.values)
        return float(ordered[len(ordered) // 2])
