"""Non-shrinking window with collections.Counter that prints debug lines; printed output must not change the verdict."""

from collections import Counter


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        print("DEBUG n =", len(s), "k =", k, "head =", s[:16])
        counts = Counter()
        top = best = 0
        left = 0
        for right, ch in enumerate(s):
            counts[ch] += 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        print("DEBUG best =", best)
        return best
