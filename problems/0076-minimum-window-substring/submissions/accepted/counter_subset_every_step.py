"""Sliding window that re-tests coverage from scratch (window Counter holds at least need's counts, letter by letter) on every move, O(m * alphabet)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = Counter()

        def covers():
            return all(window[c] >= k for c, k in need.items())

        best_at, best_len = 0, 0
        left = 0
        for right, ch in enumerate(s):
            window[ch] += 1
            while covers():
                if best_len == 0 or right - left + 1 < best_len:
                    best_at, best_len = left, right - left + 1
                window[s[left]] -= 1
                left += 1
        return s[best_at:best_at + best_len]
