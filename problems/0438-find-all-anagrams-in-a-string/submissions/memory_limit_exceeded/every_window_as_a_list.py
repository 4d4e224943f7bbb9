"""Materialises every window as its own list of letters before checking any: (n - m + 1) * m references, gigabytes at the limits."""


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        windows = [list(s[i:i + m]) for i in range(len(s) - m + 1)]
        key = sorted(p)
        return [i for i, w in enumerate(windows) if sorted(w) == key]
