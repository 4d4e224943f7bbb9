"""Correct brute force: from every start, extend while the window can still be made one letter; O(n^2) when k is large."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            counts = [0] * 26
            top = 0
            for j in range(i, n):
                c = ord(s[j]) - 65
                counts[c] += 1
                top = max(top, counts[c])
                if j - i + 1 - top > k:
                    break
                best = max(best, j - i + 1)
        return best
