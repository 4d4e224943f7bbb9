"""1004. Max Consecutive Ones III (medium)

Example 1: nums = [1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], k = 2  ->  6
Example 2: nums = [0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1], k = 3  ->  10

`judge show 1004` prints the statement, `judge test 1004` runs the examples,
`judge run 1004` runs the hidden tests.
"""

from typing import List


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        raise NotImplementedError  # your code here
