"""Strips the input first, as if surrounding spaces did not count: " " gives 0, not 1."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        s = s.strip()
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if last.get(ch, -1) >= start:
                start = last[ch] + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best
