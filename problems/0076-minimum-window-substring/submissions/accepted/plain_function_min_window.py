"""Module-level function min_window (no class) implementing the two-pointer sliding window."""


def min_window(s, t):
    counts = {}
    for ch in t:
        counts[ch] = counts.get(ch, 0) + 1
    todo = len(t)
    start, size = 0, 0
    left = 0
    for right in range(len(s)):
        ch = s[right]
        if ch in counts:
            if counts[ch] > 0:
                todo -= 1
            counts[ch] -= 1
        while todo == 0:
            if size == 0 or right - left + 1 < size:
                start, size = left, right - left + 1
            out = s[left]
            if out in counts:
                counts[out] += 1
                if counts[out] > 0:
                    todo += 1
            left += 1
    return s[start:start + size]
