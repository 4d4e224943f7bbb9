"""Caches the sorted letters of substrings in a flat table memo[i * (n + 1) + j] for every pair
of positions of s2, though only windows of one length are ever used: (n + 1)^2 slots, about
800 MB at n = 10^4."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n, k = len(s2), len(s1)
        width = n + 1
        memo = [None] * (width * width)
        target = sorted(s1)

        def letters(i, j):
            if memo[i * width + j] is None:
                memo[i * width + j] = sorted(s2[i:j])
            return memo[i * width + j]

        return any(letters(i, i + k) == target for i in range(n - k + 1))
