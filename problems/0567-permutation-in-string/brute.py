"""Brute force for 567. Permutation in String: sort every window of s2 and compare with sorted s1."""


def solve(s1, s2):
    k = len(s1)
    target = sorted(s1)
    return any(sorted(s2[i:i + k]) == target for i in range(len(s2) - k + 1))


def small(args) -> bool:
    # One sort of k letters per window; a million letters sorted in all is well under a second.
    k, n = len(args["s1"]), len(args["s2"])
    return max(n - k + 1, 1) * k <= 1_000_000
