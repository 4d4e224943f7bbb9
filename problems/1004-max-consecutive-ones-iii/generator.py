"""Test cases for 1004. Max Consecutive Ones III: the public samples, the hidden cases, and the
size families for growth analysis.

Deterministic: every random case draws from its own random.Random(seed).
"""

import random

MAX_N = 10**5


def samples():
    return [
        ("example-1", {"nums": [1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], "k": 2}),
        ("example-2", {"nums": [0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1], "k": 3}),
    ]


def _bits(seed, n, ones=0.5):
    """n random bits, each 1 with probability `ones`."""
    rng = random.Random(seed)
    return [1 if rng.random() < ones else 0 for _ in range(n)]


def _size(n):
    return max(1, min(MAX_N, n))


def _sparse(n):
    # One zero in a hundred and k = half of them: every window is about n / 2 long, so extending
    # a window from every start costs about n * n / 2 steps.
    return {"nums": [0 if i % 100 == 50 else 1 for i in range(n)], "k": n // 200}


def families():
    """{name: make(n)}: one valid input of about n elements per family, deterministic."""
    def sized(make):
        return lambda n: make(_size(n))
    return {
        "random": sized(lambda n: {"nums": _bits(10040 + n, n), "k": n // 10}),
        "sparse-zeros-big-k": sized(_sparse),
        "all-zeros-k-0": sized(lambda n: {"nums": [0] * n, "k": 0}),
        "all-zeros-k-half": sized(lambda n: {"nums": [0] * n, "k": n // 2}),
        "all-ones": sized(lambda n: {"nums": [1] * n, "k": 0}),
        "alternating": sized(lambda n: {"nums": [i % 2 for i in range(n)], "k": n // 4}),
        "k-is-n": sized(lambda n: {"nums": _bits(10041 + n, n), "k": n}),
    }


def _small_cases():
    best_at_end = [0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1]
    best_at_start = best_at_end[::-1]
    return [
        ("one-one-k-0", {"nums": [1], "k": 0}),
        ("one-zero-k-0", {"nums": [0], "k": 0}),
        ("one-zero-k-1", {"nums": [0], "k": 1}),
        ("all-ones-k-0", {"nums": [1] * 7, "k": 0}),
        ("all-ones-k-n", {"nums": [1] * 7, "k": 7}),
        ("all-zeros-k-0", {"nums": [0] * 6, "k": 0}),
        ("all-zeros-k-2", {"nums": [0] * 6, "k": 2}),
        ("all-zeros-k-n", {"nums": [0] * 6, "k": 6}),
        # k = 0: the longest run of ones as it is.
        ("k-0-runs", {"nums": [1, 1, 0, 1, 1, 1, 0, 0, 1], "k": 0}),
        ("k-0-run-at-end", {"nums": [1, 0, 1, 1, 0, 1, 1, 1], "k": 0}),
        # k equal to, one below and one above the number of zeros.
        ("k-equals-zeros", {"nums": [0, 1, 1, 0, 1, 0, 1], "k": 3}),
        ("k-one-below-zeros", {"nums": [0, 1, 1, 0, 1, 0, 1], "k": 2}),
        ("k-above-zeros", {"nums": [0, 1, 1, 0, 1, 0, 1], "k": 5}),
        ("best-at-end", {"nums": best_at_end, "k": 2}),
        ("best-at-start", {"nums": best_at_start, "k": 2}),
        ("best-in-middle", {"nums": [0, 0, 1, 1, 0, 1, 1, 0, 0, 0], "k": 1}),
        ("alternating-k-1", {"nums": [0, 1] * 6, "k": 1}),
        ("alternating-k-3", {"nums": [1, 0] * 6, "k": 3}),
        ("zero-between-runs", {"nums": [1, 1, 1, 0, 1, 1, 1, 1], "k": 1}),
        ("two-elements", {"nums": [0, 1], "k": 1}),
        ("random-small", {"nums": _bits(1101, 20), "k": 3}),
        ("random-mostly-zeros", {"nums": _bits(1102, 40, 0.2), "k": 4}),
        ("random-mostly-ones", {"nums": _bits(1103, 40, 0.9), "k": 1}),
        ("random-medium", {"nums": _bits(1104, 500), "k": 30}),
        ("random-n-1500", {"nums": _bits(1105, 1500, 0.7), "k": 100}),
    ]


def _large_cases():
    n = MAX_N
    mostly = _bits(1203, n, 0.9)
    zero_count = mostly.count(0)
    dense_then_ones = _bits(1206, n - 3000, 0.3) + [1] * 3000
    one_zero = [1] * n
    one_zero[n // 3] = 0
    return [
        ("large-random", {"nums": _bits(1201, n), "k": n // 10}),
        ("large-random-k-0", {"nums": _bits(1202, n, 0.8), "k": 0}),
        ("large-k-equals-zeros", {"nums": mostly, "k": zero_count}),
        ("large-k-one-below-zeros", {"nums": mostly, "k": zero_count - 1}),
        ("large-sparse-zeros-big-k", _sparse(n)),
        ("large-all-ones", {"nums": [1] * n, "k": 0}),
        ("large-all-zeros-k-0", {"nums": [0] * n, "k": 0}),
        ("large-all-zeros-k-half", {"nums": [0] * n, "k": n // 2}),
        ("large-all-zeros-k-n", {"nums": [0] * n, "k": n}),
        ("large-k-is-n", {"nums": _bits(1204, n), "k": n}),
        ("large-alternating", {"nums": [i % 2 for i in range(n)], "k": n // 4}),
        ("large-best-at-end", {"nums": dense_then_ones, "k": 50}),
        ("large-one-zero-k-0", {"nums": one_zero, "k": 0}),
        ("large-random-k-1", {"nums": _bits(1205, n, 0.95), "k": 1}),
    ]


def secret():
    return _small_cases() + _large_cases()
