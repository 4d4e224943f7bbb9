"""167. Two Sum II - Input Array Is Sorted (medium)

Example 1: numbers = [2, 7, 11, 15], target = 9  ->  [1, 2]
Example 2: numbers = [2, 3, 4], target = 6  ->  [1, 3]
Example 3: numbers = [-1, 0], target = -1  ->  [1, 2]

`judge show 167` prints the statement, `judge test 167` runs the examples,
`judge run 167` runs the hidden tests.
"""

from typing import List


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        raise NotImplementedError  # your code here
