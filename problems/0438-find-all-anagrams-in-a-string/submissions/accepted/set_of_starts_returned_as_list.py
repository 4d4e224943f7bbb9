"""Collects the starts in a set and returns list(set): whatever order the set iterates in, the answer is the same set."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        target = [0] * 26
        for ch in p:
            target[ord(ch) - 97] += 1
        cur = [0] * 26
        hits = set()
        for i, ch in enumerate(s):
            cur[ord(ch) - 97] += 1
            if i - m >= 0:
                cur[ord(s[i - m]) - 97] -= 1
            if cur == target:
                hits.add(i - m + 1)
        print("found", len(hits))
        return list(hits)
