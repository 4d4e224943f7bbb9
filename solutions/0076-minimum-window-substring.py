"""76. Minimum Window Substring (hard)

Example 1: s = "ADOBECODEBANC", t = "ABC"  ->  "BANC"
Example 2: s = "a", t = "a"  ->  "a"
Example 3: s = "a", t = "aa"  ->  ""

`judge show 76` prints the statement, `judge test 76` runs the examples,
`judge run 76` runs the hidden tests.
"""

from typing import List


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        raise NotImplementedError  # your code here
