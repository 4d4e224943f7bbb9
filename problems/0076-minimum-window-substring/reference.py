"""Reference solution for LeetCode 76, Minimum Window Substring.

Sliding window over s with a table of how many more copies of each letter
the window still needs, plus a single counter of the letters still missing.
Every index enters the window once and leaves it at most once: O(m + n) time.
"""

from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        if len(t) > len(s):
            return ""

        # need[c] > 0: the window still lacks that many copies of c.
        # need[c] < 0: the window holds that many spare copies of c.
        # Letters absent from t start at 0, so any copy of them is spare.
        need = Counter(t)
        missing = len(t)  # sum of the positive parts of need

        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1

            if missing:
                continue

            # The window s[left:right + 1] covers t. Drop spare letters from
            # the left: removing a letter with need < 0 keeps the window
            # covering, and the first letter with need == 0 is a required
            # copy, so s[left:right + 1] is then the shortest covering window
            # that ends at `right`.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1

            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1

            # Give up the required letter at `left`; the window no longer
            # covers t, and the search continues with windows starting
            # further right.
            need[s[left]] += 1
            missing += 1
            left += 1

        if best_len > len(s):
            return ""
        return s[best_start:best_start + best_len]
