"""Counts the window in a plain dict and increments letters it has never seen: KeyError."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        need = {}
        for c in s1:
            need[c] = need.get(c, 0) + 1
        k = len(s1)
        window = {}
        for c in s2[:k]:
            window[c] = window.get(c, 0) + 1
        for i in range(k, len(s2)):
            if window == need:
                return True
            window[s2[i]] += 1
            window[s2[i - k]] -= 1
            if window[s2[i - k]] == 0:
                del window[s2[i - k]]
        return window == need
