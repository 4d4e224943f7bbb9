"""Allocates a flat n x n table, ok[i * n + j] saying whether s[i..j] is repeat-free: correct, but 2.5 * 10^9 cells when n = 5 * 10^4."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        ok = [False] * (n * n)
        best = 0
        for i in range(n):
            seen = set()
            for j in range(i, n):
                if s[j] in seen:
                    break
                seen.add(s[j])
                ok[i * n + j] = True
                best = max(best, j - i + 1)
        return best
