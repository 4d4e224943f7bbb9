"""Test cases for 480. Sliding Window Median: the public samples and the hidden cases.

Deterministic: every random case draws from its own `random.Random(seed)`. Values span the whole
32-bit range, where the mean of the two middle values is a half and where -2^31 and 2^31 - 1
meet; the large cases have n = 10^5 and windows of about n / 2, where sorting or scanning every
window costs billions of steps.
"""

import random

N_MAX = 10**5
LOW, HIGH = -2**31, 2**31 - 1


def samples():
    return [
        ("example-1", {"nums": [1, 3, -1, -3, 5, 3, 6, 7], "k": 3}),
        ("example-2", {"nums": [1, 2, 3, 4, 2, 3, 1, 4, 2], "k": 3}),
    ]


def _random(seed, n, low=LOW, high=HIGH):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


def _small_cases():
    rng = random.Random(111)
    extremes = [rng.choice((LOW, HIGH, LOW + 1, HIGH - 1, 0, -1)) for _ in range(30)]
    return [
        ("single-element", {"nums": [-7], "k": 1}),
        ("window-of-one", {"nums": _random(101, 12, -50, 50), "k": 1}),
        ("window-of-two-halves", {"nums": [1, 2, 4, 7, -3, 0, 5], "k": 2}),
        ("one-even-window", {"nums": [5, 2, 8, 1], "k": 4}),
        ("one-odd-window", {"nums": [5, 2, 8, 1, 9], "k": 5}),
        ("all-equal", {"nums": [4] * 10, "k": 4}),
        ("increasing-even", {"nums": list(range(-5, 11)), "k": 4}),
        ("decreasing-odd", {"nums": list(range(10, -6, -1)), "k": 5}),
        ("increasing-wide", {"nums": list(range(20)), "k": 9}),
        ("decreasing-wide", {"nums": list(range(20, 0, -1)), "k": 10}),
        ("negative-halves", {"nums": [-1, -2, -5, -8, -3, -4], "k": 2}),
        ("duplicates-leave-in-turn", {"nums": [3, 3, 1, 3, 2, 3, 3, 1, 1, 3, 2], "k": 4}),
        ("few-values-odd", {"nums": _random(102, 40, 0, 2), "k": 5}),
        ("few-values-even", {"nums": _random(103, 40, 0, 2), "k": 6}),
        ("extremes-pair", {"nums": [LOW, HIGH, LOW, HIGH, HIGH, LOW], "k": 2}),
        ("extremes-even-window", {"nums": extremes, "k": 6}),
        ("extremes-odd-window", {"nums": extremes, "k": 7}),
        ("maximum-values", {"nums": [HIGH] * 5 + [HIGH - 1] * 5, "k": 4}),
        ("minimum-values", {"nums": [LOW] * 5 + [LOW + 1] * 5, "k": 4}),
        ("random-small-even", {"nums": _random(104, 60, -1000, 1000), "k": 8}),
        ("random-small-odd", {"nums": _random(105, 60, -1000, 1000), "k": 7}),
        ("random-wide-window", {"nums": _random(106, 90), "k": 64}),
    ]


def _staircase(n, descending):
    steps = [LOW + i * ((HIGH - LOW) // n) for i in range(n)]
    return steps[::-1] if descending else steps


def _large_cases():
    n = N_MAX
    rng = random.Random(301)
    few = [rng.randint(-3, 3) for _ in range(n)]
    zigzag = [LOW if i % 2 else HIGH for i in range(n)]
    return [
        ("large-window-of-one", {"nums": _random(302, n), "k": 1}),
        ("large-window-of-two-extremes", {"nums": zigzag, "k": 2}),
        ("large-one-window", {"nums": _random(303, n), "k": n}),
        ("large-random-half-window-even", {"nums": _random(304, n), "k": n // 2}),
        ("large-random-half-window-odd", {"nums": _random(305, n), "k": n // 2 + 1}),
        ("large-few-values", {"nums": few, "k": n // 2}),
        ("large-increasing", {"nums": _staircase(n, descending=False), "k": n // 2}),
        ("large-decreasing", {"nums": _staircase(n, descending=True), "k": n // 2 + 1}),
        ("large-small-window", {"nums": _random(306, n, -1000, 1000), "k": 100}),
    ]


def secret():
    return _small_cases() + _large_cases()


def families():
    """{name: make}, make(n) -> args with n values (kept within 1..10^5) and a window of
    about n / 2, where a per-window sort or scan costs the most."""
    def size(n):
        return max(2, min(N_MAX, int(n)))

    def random_half(n):
        n = size(n)
        return {"nums": _random(n, n), "k": n // 2}

    def increasing_half(n):
        n = size(n)
        return {"nums": _staircase(n, descending=False), "k": n // 2 + 1}

    def few_values_half(n):
        n = size(n)
        return {"nums": _random(n, n, -3, 3), "k": n // 2}

    def window_of_two(n):
        n = size(n)
        return {"nums": [LOW if i % 2 else HIGH for i in range(n)], "k": 2}

    return {"random-half-window": random_half, "increasing-half-window": increasing_half,
            "few-values-half-window": few_values_half, "extremes-window-of-two": window_of_two}
