"""Sliding window with collections.Counter, deleting letters whose count drops to zero."""

from collections import Counter


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        need = Counter(s1)
        window = Counter(s2[:k])
        if window == need:
            return True
        for i in range(k, len(s2)):
            window[s2[i]] += 1
            out = s2[i - k]
            window[out] -= 1
            if window[out] == 0:
                del window[out]
            if window == need:
                return True
        return False
