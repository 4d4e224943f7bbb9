"""Fills an n x n table: ok[i][j] says whether s[i..j] is repeat-free. Correct, but 2.5 * 10^9 cells when n = 5 * 10^4."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        ok = [[False] * n for _ in range(n)]
        best = 0
        for i in range(n):
            seen = set()
            for j in range(i, n):
                if s[j] in seen:
                    break
                seen.add(s[j])
                ok[i][j] = True
                best = max(best, j - i + 1)
        return best
