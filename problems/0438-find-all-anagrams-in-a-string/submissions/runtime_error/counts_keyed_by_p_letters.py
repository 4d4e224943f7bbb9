"""Keeps the window's counts in a dict keyed by p's letters only: the first letter of s that p lacks raises KeyError."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        need = {}
        for c in p:
            need[c] = need.get(c, 0) + 1
        have = {c: 0 for c in need}
        m = len(p)
        res = []
        for i, c in enumerate(s):
            have[c] += 1
            if i >= m:
                have[s[i - m]] -= 1
            if have == need:
                res.append(i - m + 1)
        return res
