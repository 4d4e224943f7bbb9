"""Indexes the 26 counts by ord(c) - ord('A'): lowercase letters land at 32..57, an IndexError at once."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        need = [0] * 26
        for c in p:
            need[ord(c) - ord("A")] += 1
        have = [0] * 26
        res = []
        for i, c in enumerate(s):
            have[ord(c) - ord("A")] += 1
            if i >= len(p):
                have[ord(s[i - len(p)]) - ord("A")] -= 1
            if have == need:
                res.append(i - len(p) + 1)
        return res
