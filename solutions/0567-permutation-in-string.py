"""567. Permutation in String (medium)

Example 1: s1 = "ab", s2 = "eidbaooo"  ->  true
Example 2: s1 = "ab", s2 = "eidboaoo"  ->  false

`judge show 567` prints the statement, `judge test 567` runs the examples,
`judge run 567` runs the hidden tests.
"""

from typing import List


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        raise NotImplementedError  # your code here
