"""3. Longest Substring Without Repeating Characters (medium)

Example 1: s = "abcabcbb"  ->  3
Example 2: s = "bbbbb"  ->  1
Example 3: s = "pwwkew"  ->  3

`judge show 3` prints the statement, `judge test 3` runs the examples,
`judge run 3` runs the hidden tests.
"""

from typing import List


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        raise NotImplementedError  # your code here
