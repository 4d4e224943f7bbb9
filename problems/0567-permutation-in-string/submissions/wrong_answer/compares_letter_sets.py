"""Compares the SETS of letters of each window and s1, ignoring how often each occurs."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        letters = set(s1)
        for i in range(len(s2) - k + 1):
            if set(s2[i:i + k]) == letters:
                return True
        return False
