"""Binary search on the answer: if some window of length L repeats no character, so does every shorter one; each length is tested by a fixed-size window of counts, O(n log n)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        def some_window_is_distinct(length):
            counts, doubled = {}, 0
            for i, c in enumerate(s):
                counts[c] = counts.get(c, 0) + 1
                if counts[c] == 2:
                    doubled += 1
                if i >= length:
                    gone = s[i - length]
                    counts[gone] -= 1
                    if counts[gone] == 1:
                        doubled -= 1
                if i >= length - 1 and doubled == 0:
                    return True
            return False

        lo, hi = 0, len(s)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if some_window_is_distinct(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
