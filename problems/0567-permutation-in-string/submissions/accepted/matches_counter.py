"""Sliding window that tracks how many of the 26 letters have matching counts: O(1) per step."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        if k > len(s2):
            return False
        diff = [0] * 26          # window count minus s1 count, per letter
        for c in s1:
            diff[ord(c) - 97] -= 1
        for c in s2[:k]:
            diff[ord(c) - 97] += 1
        matches = diff.count(0)
        if matches == 26:
            return True
        for i in range(k, len(s2)):
            for j, step in ((ord(s2[i]) - 97, 1), (ord(s2[i - k]) - 97, -1)):
                if diff[j] == 0:
                    matches -= 1
                diff[j] += step
                if diff[j] == 0:
                    matches += 1
            if matches == 26:
                return True
        return False
