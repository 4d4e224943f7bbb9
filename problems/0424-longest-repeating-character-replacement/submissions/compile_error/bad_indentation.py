"""Mixed indentation: the return is indented deeper than any open block, an IndentationError."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        top = left = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
          return len(s) - left
