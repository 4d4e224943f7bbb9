"""Stores every covering window as a string and picks the shortest at the end: when many long prefixes of s cover t their total length is O(m^2), gigabytes at m = 10^5."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        windows = []
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing:
                continue
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            windows.append(s[left:right + 1])   # a copy of the whole window, every time
        if not windows:
            return ""
        return min(windows, key=len)
