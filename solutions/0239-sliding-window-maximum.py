"""239. Sliding Window Maximum (hard)

Example 1: nums = [1, 3, -1, -3, 5, 3, 6, 7], k = 3  ->  [3, 3, 5, 5, 6, 7]
Example 2: nums = [1], k = 1  ->  [1]

`judge show 239` prints the statement, `judge test 239` runs the examples,
`judge run 239` runs the hidden tests.
"""

from typing import List


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        raise NotImplementedError  # your code here
