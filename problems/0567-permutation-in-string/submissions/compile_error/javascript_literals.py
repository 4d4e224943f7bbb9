"""Written with JavaScript habits: `true`, `&&` and `!==` are not Python. SyntaxError."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        need, window = [0] * 26, [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for i, c in enumerate(s2):
            window[ord(c) - 97] += 1
            if i >= k && window[0] !== -1:
                window[ord(s2[i - k]) - 97] -= 1
            if window == need:
                return true
        return false
