"""295. Find Median from Data Stream (hard)

Example 1: operations = ["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian"], arguments = [[], [1], [2], [], [3], []]  ->  [null, null, null, 1.5, null, 2.0]

`judge show 295` prints the statement, `judge test 295` runs the examples,
`judge run 295` runs the hidden tests.
"""

from typing import List


class MedianFinder:

    def __init__(self):
        pass

    def addNum(self, num: int) -> None:
        raise NotImplementedError  # your code here

    def findMedian(self) -> float:
        raise NotImplementedError  # your code here


# Your MedianFinder object will be instantiated and called as such:
# obj = MedianFinder()
# obj.addNum(num)
# param_2 = obj.findMedian()
