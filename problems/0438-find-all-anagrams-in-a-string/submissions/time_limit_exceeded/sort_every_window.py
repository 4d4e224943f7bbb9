"""Correct: sorts every window and compares it with sorted(p), O(n * m log m): 1.5e4 sorts of 1.5e4 letters at the limits."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        key = sorted(p)
        m = len(p)
        return [i for i in range(len(s) - m + 1) if sorted(s[i:i + m]) == key]
