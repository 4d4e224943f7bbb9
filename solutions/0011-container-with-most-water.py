"""11. Container With Most Water (medium)

Example 1: height = [1, 8, 6, 2, 5, 4, 8, 3, 7]  ->  49
Example 2: height = [1, 1]  ->  1

`judge show 11` prints the statement, `judge test 11` runs the examples,
`judge run 11` runs the hidden tests.
"""

from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        raise NotImplementedError  # your code here
