"""Slides the window from the right end of s to the left, so the starts come out in descending order: the order is free."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m, n = len(p), len(s)
        if m > n:
            return []
        need = [0] * 26
        for c in p:
            need[ord(c) - ord("a")] += 1
        have = [0] * 26
        for c in s[n - m:]:
            have[ord(c) - ord("a")] += 1
        out = []
        start = n - m
        while True:
            if have == need:
                out.append(start)
            if start == 0:
                return out
            start -= 1
            have[ord(s[start]) - ord("a")] += 1
            have[ord(s[start + m]) - ord("a")] -= 1
