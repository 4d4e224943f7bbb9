"""Brute force for 438. Find All Anagrams in a String: sort every window, O(n * m log m)."""


def solve(s, p):
    target = sorted(p)
    return [i for i in range(len(s) - len(p) + 1) if sorted(s[i:i + len(p)]) == target]


def small(args) -> bool:
    windows = max(0, len(args["s"]) - len(args["p"]) + 1)
    return windows * len(args["p"]) <= 2_000_000
