"""Set window that measures its length as right - left, one short: every non-empty answer is one too small."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        left = best = 0
        for right, ch in enumerate(s):
            while ch in window:
                window.discard(s[left])
                left += 1
            window.add(ch)
            best = max(best, right - left)
        return best
