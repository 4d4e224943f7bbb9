"""Keeps how many of the 26 letters have matching counts, so each step is O(1) rather than a 26-list comparison."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        diff = [0] * 26          # window count minus p's count, per letter
        for c in p:
            diff[ord(c) - 97] -= 1
        equal = sum(1 for d in diff if d == 0)
        found = []

        def bump(index, by):
            nonlocal equal
            if diff[index] == 0:
                equal -= 1
            diff[index] += by
            if diff[index] == 0:
                equal += 1

        for i, c in enumerate(s):
            bump(ord(c) - 97, 1)
            if i >= m:
                bump(ord(s[i - m]) - 97, -1)
            if i >= m - 1 and equal == 26:
                found.append(i - m + 1)
        return found
