"""Non-shrinking window with the colon missing after the if condition: SyntaxError before any case runs."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        top = left = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k
                counts[s[left]] -= 1
                left += 1
        return len(s) - left
