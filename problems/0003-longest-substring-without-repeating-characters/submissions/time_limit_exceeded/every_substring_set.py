"""Correct brute force: tests every substring s[i:j] with a set, no early exit; O(n^2) substrings, each O(n)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
        return best
