"""Dictionary window that prints debug lines on every call; printed output must not change the verdict."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        print("DEBUG len(s) =", len(s), "head =", repr(s[:20]))
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            start = max(start, last.get(ch, -1) + 1)
            last[ch] = i
            best = max(best, i - start + 1)
        print("DEBUG best =", best)
        return best
