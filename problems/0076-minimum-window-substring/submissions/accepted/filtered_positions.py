"""Sliding window that walks only the positions of s holding a letter of t (the "filtered s" trick)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        want = Counter(t)
        # indexes into s of the letters worth looking at
        spots = [i for i, ch in enumerate(s) if ch in want]
        have = Counter()
        satisfied = 0          # how many distinct letters reach their quota
        goal = len(want)
        best = None            # (length, first index, last index)
        a = 0
        for b, pos in enumerate(spots):
            ch = s[pos]
            have[ch] += 1
            if have[ch] == want[ch]:
                satisfied += 1
            while satisfied == goal:
                first = spots[a]
                if best is None or pos - first + 1 < best[0]:
                    best = (pos - first + 1, first, pos)
                gone = s[first]
                if have[gone] == want[gone]:
                    satisfied -= 1
                have[gone] -= 1
                a += 1
        if best is None:
            return ""
        return s[best[1]:best[2] + 1]
