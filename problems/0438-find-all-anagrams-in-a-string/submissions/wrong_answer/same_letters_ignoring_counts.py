"""Compares which letters occur, not how often: "aab" and "abb" pass as anagrams of each other."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        have = [0] * 26
        res = []
        for i, c in enumerate(s):
            have[ord(c) - 97] += 1
            if i >= m:
                have[ord(s[i - m]) - 97] -= 1
            if i >= m - 1 and [x > 0 for x in have] == [x > 0 for x in need]:
                res.append(i - m + 1)
        return res
