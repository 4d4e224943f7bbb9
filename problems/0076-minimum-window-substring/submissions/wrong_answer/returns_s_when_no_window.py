"""Falls back to returning s itself instead of "" when no window covers t (only the len(t) > len(s) case returns ""): wrong on every other no-answer input."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if len(t) > len(s):
            return ""
        need = Counter(t)
        missing = len(t)
        best_start, best_len = 0, len(s)   # "the whole string is the worst case" -- but it may not cover t
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return s[best_start:best_start + best_len]
