"""Correct but cubic: for every start and end, slices the window and checks it with str.count for each letter of t."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            limit = len(best) - 1 if best else len(s)
            for j in range(i + len(t), min(len(s), i + limit) + 1):
                window = s[i:j]
                if all(window.count(c) >= k for c, k in need.items()):
                    best = window
                    break
        return best
