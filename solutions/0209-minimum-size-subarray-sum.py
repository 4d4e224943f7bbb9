"""209. Minimum Size Subarray Sum (medium)

Example 1: target = 7, nums = [2, 3, 1, 2, 4, 3]  ->  2
Example 2: target = 4, nums = [1, 4, 4]  ->  1
Example 3: target = 11, nums = [1, 1, 1, 1, 1, 1, 1, 1]  ->  0

`judge show 209` prints the statement, `judge test 209` runs the examples,
`judge run 209` runs the hidden tests.
"""

from typing import List


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        raise NotImplementedError  # your code here
