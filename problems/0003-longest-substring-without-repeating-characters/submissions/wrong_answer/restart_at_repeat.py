"""On a repeat, starts a fresh window at the repeated character, losing what lies after its old copy: "dvdf" gives 2, not 3."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        best = 0
        for ch in s:
            if ch in window:
                window = set()
            window.add(ch)
            best = max(best, len(window))
        return best
