"""Shrinking window with the true maximum, but returns the final window's length instead of the longest one seen."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        left = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            while right - left + 1 - max(counts.values()) > k:
                counts[s[left]] -= 1
                left += 1
        return len(s) - left
