"""Sliding window written as a recursion that calls itself once per pointer move: RecursionError on long inputs (up to 2 * 10^5 nested calls, deeper than a 10^5 recursion limit)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        self.best = (0, len(s) + 1)

        def step(left, right, missing):
            # window is s[left:right]; either trim it or grow it, then recurse
            if missing == 0:
                if right - left < self.best[1]:
                    self.best = (left, right - left)
                need[s[left]] += 1
                return step(left + 1, right, missing + (need[s[left]] > 0))
            if right == len(s):
                return
            ch = s[right]
            gained = need[ch] > 0
            need[ch] -= 1
            return step(left, right + 1, missing - gained)

        step(0, 0, len(t))
        start, size = self.best
        return "" if size > len(s) else s[start:start + size]
