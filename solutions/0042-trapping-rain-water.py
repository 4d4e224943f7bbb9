"""42. Trapping Rain Water (hard)

Example 1: height = [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]  ->  6
Example 2: height = [4, 2, 0, 3, 2, 5]  ->  9

`judge show 42` prints the statement, `judge test 42` runs the examples,
`judge run 42` runs the hidden tests.
"""

from typing import List


class Solution:
    def trap(self, height: List[int]) -> int:
        raise NotImplementedError  # your code here
