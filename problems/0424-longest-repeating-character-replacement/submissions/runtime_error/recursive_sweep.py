"""The non-shrinking window as recursion, one call per character: RecursionError when s.length = 10^5."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}

        def step(right, left, top):
            if right == len(s):
                return len(s) - left
            ch = s[right]
            counts[ch] = counts.get(ch, 0) + 1
            top = max(top, counts[ch])
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
            return step(right + 1, left, top)

        return step(0, 0, 0)
