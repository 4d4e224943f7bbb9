"""Starts the window from s[0] before the loop: IndexError on the empty string."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {s[0]: 0}
        start, best = 0, 1
        for i in range(1, len(s)):
            ch = s[i]
            if last.get(ch, -1) >= start:
                start = last[ch] + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best
