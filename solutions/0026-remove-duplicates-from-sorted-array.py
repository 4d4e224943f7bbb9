"""26. Remove Duplicates from Sorted Array (easy)

Example 1: nums = [1, 1, 2]  ->  2, nums = [1, 2, _]
Example 2: nums = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]  ->  5, nums = [0, 1, 2, 3, 4, _, _, _, _, _]

Change nums in place: it is judged as you leave it.

`judge show 26` prints the statement, `judge test 26` runs the examples,
`judge run 26` runs the hidden tests.
"""

from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        raise NotImplementedError  # your code here
