"""Correct but exponential: looks for each ordering of s1 in s2, up to k! substring searches."""

from itertools import permutations


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        if len(s1) > len(s2):
            return False
        for p in permutations(s1):
            if "".join(p) in s2:
                return True
        return False
