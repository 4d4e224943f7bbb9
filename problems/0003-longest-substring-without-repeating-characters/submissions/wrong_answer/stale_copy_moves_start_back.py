"""Jumps to just after the last copy even when that copy is left of the window: "abba" gives 3, not 2."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if ch in last:
                start = last[ch] + 1   # bug: may move start backwards
            last[ch] = i
            best = max(best, i - start + 1)
        return best
