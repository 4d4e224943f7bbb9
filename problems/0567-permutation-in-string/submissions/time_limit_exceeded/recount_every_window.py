"""Correct, but counts the letters of every window of s2 afresh, index by index into a dict: O(len(s1) * len(s2)), about 2.5 * 10^7 interpreted steps when s1 is half of a 10^4-letter s2."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        want = {}
        for c in s1:
            want[c] = want.get(c, 0) + 1
        m = len(s1)
        for start in range(len(s2) - m + 1):
            counts = {}
            j = start
            while j < start + m:
                counts[s2[j]] = counts.get(s2[j], 0) + 1
                j += 1
            if counts == want:
                return True
        return False
