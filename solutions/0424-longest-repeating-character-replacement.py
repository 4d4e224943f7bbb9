"""424. Longest Repeating Character Replacement (medium)

Example 1: s = "ABAB", k = 2  ->  4
Example 2: s = "AABABBA", k = 1  ->  4

`judge show 424` prints the statement, `judge test 424` runs the examples,
`judge run 424` runs the hidden tests.
"""

from typing import List


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        raise NotImplementedError  # your code here
