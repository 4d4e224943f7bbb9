"""Correct sliding window, but returns 1 and 0 instead of True and False: the answer is a
boolean, and the exact checker does not take 1 for true."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        need, window = [0] * 26, [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for i, c in enumerate(s2):
            window[ord(c) - 97] += 1
            if i >= k:
                window[ord(s2[i - k]) - 97] -= 1
            if window == need:
                return 1
        return 0
