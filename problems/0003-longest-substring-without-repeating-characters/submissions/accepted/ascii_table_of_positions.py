"""Jumping window with a 128-entry list of next start positions, indexed by ord(); O(n)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        after = [0] * 128          # after[c]: one past the last index of chr(c), 0 if unseen
        start = best = 0
        for i, ch in enumerate(s):
            code = ord(ch)
            if after[code] > start:
                start = after[code]
            after[code] = i + 1
            if i + 1 - start > best:
                best = i + 1 - start
        return best
