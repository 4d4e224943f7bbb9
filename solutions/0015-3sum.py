"""15. 3Sum (medium)

Example 1: nums = [-1, 0, 1, 2, -1, -4]  ->  [[-1, -1, 2], [-1, 0, 1]]
Example 2: nums = [0, 1, 1]  ->  []
Example 3: nums = [0, 0, 0]  ->  [[0, 0, 0]]

`judge show 15` prints the statement, `judge test 15` runs the examples,
`judge run 15` runs the hidden tests.
"""

from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        raise NotImplementedError  # your code here
