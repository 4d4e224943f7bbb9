"""Stores an exclusive end but slices as if it were inclusive (s[lo:hi + 1]): one letter too long unless the window ends at the end of s, where the slice is silently clipped."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        lo, hi = 0, 0
        found = False
        left = 0
        for right in range(len(s)):
            ch = s[right]
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if not found or right + 1 - left < hi - lo:
                    lo, hi, found = left, right + 1, True
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return s[lo:hi + 1] if found else ""
