"""Last positions in a list of 94 slots for the 95 printable characters, indexed by ord(ch) - 32: '~' (126) is one past the end, IndexError."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = [-1] * (126 - 32)       # one short: ' ' .. '~' is 95 characters
        start = best = 0
        for i, ch in enumerate(s):
            slot = ord(ch) - 32
            if last[slot] >= start:
                start = last[slot] + 1
            last[slot] = i
            best = max(best, i - start + 1)
        return best
