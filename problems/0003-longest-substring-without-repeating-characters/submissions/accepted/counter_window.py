"""Window of character counts (collections.Counter) that shrinks while the new character is doubled; O(n)."""

from collections import Counter


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        counts = Counter()
        left = 0
        best = 0
        for right, ch in enumerate(s):
            counts[ch] += 1
            while counts[ch] > 1:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
