"""Binary search on the answer length; each length is tested by a fixed-size window of counts: O(26 n log n)."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        codes = [ord(c) - 65 for c in s]

        def fits(length):
            counts = [0] * 26
            for i, c in enumerate(codes):
                counts[c] += 1
                if i >= length:
                    counts[codes[i - length]] -= 1
                if i >= length - 1 and length - max(counts) <= k:
                    return True
            return False

        lo, hi = 1, len(s)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
