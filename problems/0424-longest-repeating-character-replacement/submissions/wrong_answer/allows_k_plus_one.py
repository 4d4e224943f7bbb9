"""Non-shrinking window that slides only when more than k + 1 letters differ: every window may hold one change too many."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        top = left = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left - top > k:
                counts[s[left]] -= 1
                left += 1
        return min(len(s), len(s) - left)
