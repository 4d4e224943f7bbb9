"""Correct sliding window that prints debug lines to stdout on every call."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        print("minWindow called: len(s) =", len(s), "len(t) =", len(t))
        need = Counter(t)
        missing = len(t)
        best = (0, float("inf"))
        left = 0
        for right in range(len(s)):
            c = s[right]
            need[c] -= 1
            if need[c] >= 0:
                missing -= 1
            while missing == 0:
                if right - left < best[1] - best[0]:
                    best = (left, right)
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        print("DEBUG best window bounds:", best)
        if best[1] == float("inf"):
            return ""
        return s[best[0]:best[1] + 1]
