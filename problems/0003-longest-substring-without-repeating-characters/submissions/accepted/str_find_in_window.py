"""Keeps the window as a string and looks the new character up with str.find: O(n * 95), fast in C."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = ""
        best = 0
        for ch in s:
            at = window.find(ch)
            if at != -1:
                window = window[at + 1:]
            window += ch
            if len(window) > best:
                best = len(window)
        return best
