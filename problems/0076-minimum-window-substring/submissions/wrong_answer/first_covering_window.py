"""Returns as soon as a window covers t (after trimming its left side) instead of looking for the shortest one: wrong when a shorter window comes later."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                return s[left:right + 1]
        return ""
