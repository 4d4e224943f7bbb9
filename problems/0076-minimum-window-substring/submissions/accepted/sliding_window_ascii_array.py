"""Sliding window over a 128-slot count array indexed by ord(), with a missing-letter counter."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        m = len(s)
        if len(t) > m:
            return ""
        cnt = [0] * 128
        for ch in t:
            cnt[ord(ch)] += 1
        codes = [ord(ch) for ch in s]
        remaining = len(t)
        best_len, best_start = m + 1, -1
        l = 0
        for r in range(m):
            k = codes[r]
            if cnt[k] > 0:
                remaining -= 1
            cnt[k] -= 1
            while remaining == 0:
                if r - l + 1 < best_len:
                    best_len, best_start = r - l + 1, l
                k = codes[l]
                cnt[k] += 1
                if cnt[k] > 0:
                    remaining += 1
                l += 1
        return "" if best_start < 0 else s[best_start:best_start + best_len]
