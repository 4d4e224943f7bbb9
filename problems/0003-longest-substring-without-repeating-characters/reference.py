"""Reference solution for 3. Longest Substring Without Repeating Characters: a sliding window
that jumps its left edge past the previous copy of a repeated character, O(n)."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # The window s[start .. i] never holds a character twice. When s[i] was last seen inside
        # the window, the window must begin just after that copy; a copy left of `start` is
        # already outside and must not pull `start` back.
        last_seen = {}
        start = 0
        best = 0
        for i, ch in enumerate(s):
            if last_seen.get(ch, -1) >= start:
                start = last_seen[ch] + 1
            last_seen[ch] = i
            best = max(best, i - start + 1)
        return best
