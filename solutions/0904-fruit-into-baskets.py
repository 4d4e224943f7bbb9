"""904. Fruit Into Baskets (medium)

Example 1: fruits = [1, 2, 1]  ->  3
Example 2: fruits = [0, 1, 2, 2]  ->  3
Example 3: fruits = [1, 2, 3, 2, 2]  ->  4

`judge show 904` prints the statement, `judge test 904` runs the examples,
`judge run 904` runs the hidden tests.
"""

from typing import List


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        raise NotImplementedError  # your code here
