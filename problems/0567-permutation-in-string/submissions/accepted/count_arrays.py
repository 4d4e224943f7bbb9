"""Sliding window of 26 letter counts, compared with s1's counts after every step."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k, n = len(s1), len(s2)
        if k > n:
            return False
        a = [0] * 26
        b = [0] * 26
        for i in range(k):
            a[ord(s1[i]) - ord("a")] += 1
            b[ord(s2[i]) - ord("a")] += 1
        if a == b:
            return True
        for i in range(k, n):
            b[ord(s2[i]) - ord("a")] += 1
            b[ord(s2[i - k]) - ord("a")] -= 1
            if a == b:
                return True
        return False
