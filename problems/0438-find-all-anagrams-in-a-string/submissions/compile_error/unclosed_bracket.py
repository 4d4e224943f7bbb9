"""A list literal left unclosed: a SyntaxError before any case runs."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        have = [0 for _ in range(26)
        res = []
        for i, c in enumerate(s):
            have[ord(c) - 97] += 1
            if i >= len(p):
                have[ord(s[i - len(p)]) - 97] -= 1
            if have == need:
                res.append(i - len(p) + 1)
        return res
