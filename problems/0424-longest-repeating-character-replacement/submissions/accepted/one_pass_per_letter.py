"""For each letter that occurs, the longest window with at most k other letters: 26 two-pointer passes, O(26 n)."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for letter in set(s):
            others = 0
            left = 0
            for right, ch in enumerate(s):
                if ch != letter:
                    others += 1
                while others > k:
                    if s[left] != letter:
                        others -= 1
                    left += 1
                best = max(best, right - left + 1)
        return best
