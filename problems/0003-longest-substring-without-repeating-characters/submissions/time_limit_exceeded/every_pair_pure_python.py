"""Correct brute force over every pair (i, j) in pure Python that never stops at the first repeat: O(n^2)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            seen = set()
            clean = True
            for j in range(i, n):
                if s[j] in seen:
                    clean = False
                seen.add(s[j])
                if clean and j - i + 1 > best:
                    best = j - i + 1
        return best
