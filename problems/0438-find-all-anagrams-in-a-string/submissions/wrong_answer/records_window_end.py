"""Right window test, but records the index where the window ends instead of where it starts."""


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
            if have == need:
                res.append(i)
        return res
