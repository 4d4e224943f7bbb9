"""Brute force for 3. Longest Substring Without Repeating Characters: test every substring,
longest first, O(n^3) at worst."""


def solve(s):
    n = len(s)
    for length in range(n, 0, -1):
        for start in range(n - length + 1):
            piece = s[start:start + length]
            if len(set(piece)) == length:
                return length
    return 0


def small(args) -> bool:
    # Each length costs about n * length character visits until the answer is reached; with
    # n <= 300 that is a few million at most.
    return len(args["s"]) <= 300
