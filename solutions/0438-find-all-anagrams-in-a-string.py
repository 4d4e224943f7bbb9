"""438. Find All Anagrams in a String (medium)

Example 1: s = "cbaebabacd", p = "abc"  ->  [0, 6]
Example 2: s = "abab", p = "ab"  ->  [0, 1, 2]

`judge show 438` prints the statement, `judge test 438` runs the examples,
`judge run 438` runs the hidden tests.
"""

from typing import List


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        raise NotImplementedError  # your code here
