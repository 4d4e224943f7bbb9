"""Collects every trimmed covering window and returns the shortest via sorted(...)[0]: IndexError when no window covers t (only len(t) > len(s) is guarded)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if len(t) > len(s):
            return ""
        need = Counter(t)
        missing = len(t)
        candidates = []         # (length, start)
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                candidates.append((right - left + 1, left))
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        length, start = sorted(candidates)[0]
        return s[start:start + length]
