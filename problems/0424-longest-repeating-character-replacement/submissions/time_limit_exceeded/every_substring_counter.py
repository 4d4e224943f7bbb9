"""Correct brute force: a Counter for every substring s[i:j], no early exit; O(n^3)."""

from collections import Counter


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        n = len(s)
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if len(piece) - max(Counter(piece).values()) <= k:
                    best = max(best, len(piece))
        return best
