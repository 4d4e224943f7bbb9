"""Brute force for LeetCode 76: try every start, grow the window one letter at a time.

For a fixed start i the first end j at which s[i:j] holds every letter of t
(with multiplicity) gives the shortest covering window starting at i; the
answer is the shortest of those, the leftmost on a tie. No sliding, no
shrinking, no bookkeeping of a missing count: coverage is re-checked letter by
letter, so the result does not depend on the reasoning behind the reference.
"""

from collections import Counter


def _covers(window: Counter, need: Counter) -> bool:
    return all(window[c] >= k for c, k in need.items())


def solve(**args) -> str:
    s, t = args["s"], args["t"]
    need = Counter(t)
    best = None
    for i in range(len(s)):
        window = Counter()
        for j in range(i, len(s)):
            window[s[j]] += 1
            if s[j] in need and _covers(window, need):
                if best is None or j + 1 - i < len(best):
                    best = s[i:j + 1]
                break
    return "" if best is None else best


def small(args) -> bool:
    # About m^2 / 2 growth steps, each re-checking up to len(set(t)) letters.
    m = len(args["s"])
    d = len(set(args["t"]))
    return m <= 3000 and m * m * (d + 1) <= 4_500_000
