"""Sliding window whose loop stops one step early: a permutation at the very end is missed."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        if k > len(s2):
            return False
        need, window = [0] * 26, [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for c in s2[:k]:
            window[ord(c) - 97] += 1
        for i in range(k, len(s2)):
            if window == need:
                return True
            window[ord(s2[i]) - 97] += 1
            window[ord(s2[i - k]) - 97] -= 1
        return False
