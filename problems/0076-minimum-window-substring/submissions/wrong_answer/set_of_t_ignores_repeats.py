"""Tracks only the distinct letters of t (set(t)), so t = "aa" is satisfied by a single "a": wrong whenever t repeats a letter that s has enough of."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if len(t) > len(s):
            return ""
        letters = set(t)
        seen = defaultdict(int)
        covered = 0
        best = None
        left = 0
        for right, ch in enumerate(s):
            if ch in letters:
                seen[ch] += 1
                if seen[ch] == 1:
                    covered += 1
            while covered == len(letters):
                if best is None or right - left < best[1] - best[0]:
                    best = (left, right)
                out = s[left]
                if out in letters:
                    seen[out] -= 1
                    if seen[out] == 0:
                        covered -= 1
                left += 1
        return "" if best is None else s[best[0]:best[1] + 1]
