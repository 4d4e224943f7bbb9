"""Correct: builds a fresh Counter of every window, O(n * m) even with the counting done in C."""

from collections import Counter


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        want = Counter(p)
        m = len(p)
        return [i for i in range(len(s) - m + 1) if Counter(s[i:i + m]) == want]
