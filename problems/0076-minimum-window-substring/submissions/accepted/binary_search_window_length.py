"""Binary search on the window length; each length is tested with a fixed-size sliding count, O(m log m)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        m, n = len(s), len(t)
        target = Counter(t)

        def find(length):
            # start of a window of this length covering t, or -1
            need = dict(target)
            short = n
            for i, c in enumerate(s):
                if c in need:
                    if need[c] > 0:
                        short -= 1
                    need[c] -= 1
                if i >= length:
                    d = s[i - length]
                    if d in need:
                        need[d] += 1
                        if need[d] > 0:
                            short += 1
                if short == 0 and i >= length - 1:
                    return i - length + 1
            return -1

        if n > m or find(m) < 0:
            return ""
        lo, hi = n, m
        while lo < hi:
            mid = (lo + hi) // 2
            if find(mid) >= 0:
                hi = mid
            else:
                lo = mid + 1
        start = find(lo)
        return s[start:start + lo]
