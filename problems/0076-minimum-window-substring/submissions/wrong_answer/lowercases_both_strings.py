"""Calls .lower() on s and t before the sliding window, so "a" in s counts for "A" in t: wrong whenever the case of a letter matters."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        low_s, low_t = s.lower(), t.lower()
        need = Counter(low_t)
        missing = len(low_t)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(low_s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[low_s[left]] += 1
                if need[low_s[left]] > 0:
                    missing += 1
                left += 1
        # slice the original string so the letters keep their case
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
