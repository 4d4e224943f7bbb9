"""Correct but O(m^2) pure Python: for every start, extends to the right with a running count until t is covered."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        n = len(s)
        best_start, best_len = 0, n + 1
        for start in range(n):
            if s[start] not in need:
                continue            # a shortest window never starts with a useless letter
            owed = dict(need)
            left_to_find = len(t)
            for end in range(start, n):
                if end - start + 1 >= best_len:
                    break           # cannot beat the best any more
                c = s[end]
                if owed.get(c, 0) > 0:
                    owed[c] -= 1
                    left_to_find -= 1
                    if left_to_find == 0:
                        best_start, best_len = start, end - start + 1
                        break
        return "" if best_len > n else s[best_start:best_start + best_len]
