"""Builds its count dict from the letters of s, then adds the letters of t to it: KeyError when t has a letter that s lacks."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = {ch: 0 for ch in s}
        for ch in t:
            need[ch] += 1       # plain dict: a letter of t absent from s is not a key
        missing = len(t)
        best = (0, len(s) + 1)
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best[1]:
                    best = (left, right - left + 1)
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return "" if best[1] > len(s) else s[best[0]:best[0] + best[1]]
