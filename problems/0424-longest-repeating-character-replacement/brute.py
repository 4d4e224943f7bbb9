"""Brute force for 424. Longest Repeating Character Replacement: every substring, with the
letter counts updated as it grows, O(26 n^2)."""


def solve(s, k):
    n = len(s)
    best = 0
    for i in range(n):
        counts = {}
        for j in range(i, n):
            counts[s[j]] = counts.get(s[j], 0) + 1
            # Every letter other than the most common one gets replaced.
            if j - i + 1 - max(counts.values()) <= k:
                best = max(best, j - i + 1)
    return best


def small(args) -> bool:
    # n^2 / 2 substrings, each with a max over at most 26 counts: n <= 400 is well under a
    # second.
    return len(args["s"]) <= 400
