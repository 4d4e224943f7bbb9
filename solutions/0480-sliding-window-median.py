"""480. Sliding Window Median (hard)

Example 1: nums = [1, 3, -1, -3, 5, 3, 6, 7], k = 3  ->  [1.0, -1.0, -1.0, 3.0, 5.0, 6.0]
Example 2: nums = [1, 2, 3, 4, 2, 3, 1, 4, 2], k = 3  ->  [2.0, 3.0, 3.0, 3.0, 2.0, 3.0, 2.0]

`judge show 480` prints the statement, `judge test 480` runs the examples,
`judge run 480` runs the hidden tests.
"""

from typing import List


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        raise NotImplementedError  # your code here
