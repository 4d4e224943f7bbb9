"""A max( call that is never closed: SyntaxError, so nothing runs."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            start = max(start, last.get(ch, -1) + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best
