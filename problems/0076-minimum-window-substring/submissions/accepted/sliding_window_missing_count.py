"""Sliding window with a Counter of letters still owed and a running total of missing letters, O(m + n)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        owed = Counter(t)
        short = len(t)
        best = (0, 0)          # s[best[0]:best[1]], empty until found
        i = 0
        for j in range(len(s)):
            owed[s[j]] -= 1
            if owed[s[j]] >= 0:
                short -= 1
            if short > 0:
                continue
            # drop extra copies from the front
            while owed[s[i]] < 0:
                owed[s[i]] += 1
                i += 1
            if best[1] == 0 or j + 1 - i < best[1] - best[0]:
                best = (i, j + 1)
            # give away the needed letter at i and keep searching
            owed[s[i]] += 1
            short += 1
            i += 1
        return s[best[0]:best[1]]
