"""Builds the first window by indexing s2 up to len(s1): IndexError when s1 is the longer one."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        need, window = [0] * 26, [0] * 26
        for i in range(k):
            need[ord(s1[i]) - 97] += 1
            window[ord(s2[i]) - 97] += 1
        if need == window:
            return True
        for i in range(k, len(s2)):
            window[ord(s2[i]) - 97] += 1
            window[ord(s2[i - k]) - 97] -= 1
            if need == window:
                return True
        return False
