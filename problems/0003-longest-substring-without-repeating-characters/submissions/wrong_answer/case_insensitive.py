"""Lower-cases the input, treating "a" and "A" as one character: "aAbBcCaA" gives 3, not 6."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        seen = {}
        start = best = 0
        for i, ch in enumerate(s.lower()):
            if seen.get(ch, -1) >= start:
                start = seen[ch] + 1
            seen[ch] = i
            best = max(best, i - start + 1)
        return best
