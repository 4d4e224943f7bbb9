"""Reference solution for 567. Permutation in String: a window of len(s1) letter counts slides
over s2, O(26 * n)."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        need = [0] * 26
        window = [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        # When s1 is longer than s2 this window is short, so it never matches.
        for c in s2[:k]:
            window[ord(c) - 97] += 1
        if window == need:
            return True
        for right in range(k, len(s2)):
            window[ord(s2[right]) - 97] += 1
            window[ord(s2[right - k]) - 97] -= 1
            if window == need:
                return True
        return False
