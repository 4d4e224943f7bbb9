"""Table of 26 last positions indexed by ord(ch) - ord('a'): any character outside a-z raises IndexError (or wraps around)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = [-1] * 26
        start = best = 0
        for i, ch in enumerate(s):
            k = ord(ch) - ord("a")
            if last[k] >= start:
                start = last[k] + 1
            last[k] = i
            best = max(best, i - start + 1)
        return best
