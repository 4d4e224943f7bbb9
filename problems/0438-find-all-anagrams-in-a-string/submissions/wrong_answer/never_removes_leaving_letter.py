"""Adds each new letter but forgets to take out the one leaving the window, so only the first full window is judged right."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        have = [0] * 26
        res = []
        for i, c in enumerate(s):
            have[ord(c) - 97] += 1
            if i >= len(p) - 1 and have == need:
                res.append(i - len(p) + 1)
        return res
