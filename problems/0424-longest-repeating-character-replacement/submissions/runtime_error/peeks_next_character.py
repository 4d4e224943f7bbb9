"""Looks at s[right + 1] to decide whether to keep growing: IndexError at the last character."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        top = left = best = 0
        for right in range(len(s)):
            ch = s[right]
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
            if s[right + 1] != ch:      # a run ends here
                best = max(best, right - left + 1)
        return max(best, len(s) - left)
