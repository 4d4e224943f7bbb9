"""Correct but exponential: builds the distinct orderings of s1 by backtracking over letter counts
and searches s2 for each one."""

from collections import Counter


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        if len(s1) > len(s2):
            return False
        left = Counter(s1)
        built = []

        def extend():
            if len(built) == len(s1):
                return "".join(built) in s2
            for c in sorted(left):
                if left[c]:
                    left[c] -= 1
                    built.append(c)
                    if extend():
                        return True
                    built.pop()
                    left[c] += 1
            return False

        return extend()
