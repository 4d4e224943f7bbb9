"""Reference solution for 424. Longest Repeating Character Replacement: a window that never
shrinks, grown only when some letter reaches a new highest count, O(n)."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # A window can be made one letter when its length minus the count of its most common
        # letter is at most k. `top` is the highest count of one letter seen in any window so
        # far; the window only needs to grow past its longest valid length when `top` grows, so
        # when it is invalid it slides one step right instead of shrinking.
        counts = {}
        top = 0
        left = 0
        for right, ch in enumerate(s):
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
        return len(s) - left
