"""Loops over range(len(s) - len(p)) starts, one too few: an anagram at the very end of s is missed."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        if m > len(s):
            return []
        need = [0] * 26
        have = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        for c in s[:m]:
            have[ord(c) - 97] += 1
        res = []
        for start in range(len(s) - m):
            if have == need:
                res.append(start)
            have[ord(s[start]) - 97] -= 1
            have[ord(s[start + m]) - 97] += 1
        return res
