"""Test cases for 15. 3Sum: the public samples and the hidden cases.

Deterministic: every random case draws from its own `random.Random(seed)`. The small cases aim at
the duplicates (a value used twice, a triplet reachable from many positions) and at the bounds of
the search; the large ones have n = 3000, where O(n^3) is billions of sums.
"""

import random

N_MAX = 3000
V_MAX = 10**5


def samples():
    return [
        ("example-1", {"nums": [-1, 0, 1, 2, -1, -4]}),
        ("example-2", {"nums": [0, 1, 1]}),
        ("example-3", {"nums": [0, 0, 0]}),
    ]


def _random(seed, n, low=-V_MAX, high=V_MAX):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


def _shuffled(seed, values):
    values = list(values)
    random.Random(seed).shuffle(values)
    return values


def _small_cases():
    return [
        ("three-no-triplet", {"nums": [1, 2, -4]}),
        ("three-distinct-triplet", {"nums": [3, -5, 2]}),
        ("two-zeros-only", {"nums": [0, 0, 1, -2]}),
        ("many-zeros", {"nums": [0] * 7}),
        ("pair-of-the-smallest", {"nums": [2, -1, -1, 5]}),           # [a, a, -2a]
        ("single-smallest-and-its-double", {"nums": [-2, 4, 1, 7]}),   # a once: no [a, a, -2a]
        ("pair-of-the-largest", {"nums": [2, -4, 2, 9]}),             # [a, b, b], b = -a / 2
        ("single-half", {"nums": [-4, 2, 3]}),                         # b = -a / 2 only once
        ("odd-smallest-near-half", {"nums": [-5, 2, 2, 3]}),           # 2b = -a - 1
        ("odd-smallest-floor-pair", {"nums": [-5, 2, 2, 7]}),
        ("all-positive", {"nums": [1, 2, 3, 4, 5, 6]}),
        ("all-negative", {"nums": [-1, -2, -3, -4, -5, -6]}),
        ("last-three", {"nums": [-9, -1, 0, 1]}),
        ("duplicated-first-value", {"nums": [-1, -1, 0, 1, 2]}),
        ("run-of-pairs", {"nums": [-4, 2, 2, 2, 2, -4, 1, 3]}),
        ("zeros-and-pairs", {"nums": [0, 0, 0, 0, -3, 3, 3, -3, 1, -1]}),
        ("symmetric", {"nums": list(range(-6, 7))}),
        ("extreme-values", {"nums": [V_MAX, -V_MAX, 0, V_MAX // 2, V_MAX // 2, -V_MAX, 1, -1]}),
        ("extremes-pair", {"nums": [-V_MAX, V_MAX // 2, V_MAX // 2, V_MAX, 0]}),
        ("few-values", {"nums": _random(101, 60, -4, 4)}),
        ("random-small", {"nums": _random(102, 120, -30, 30)}),
        ("random-small-wide", {"nums": _random(103, 150, -200, 200)}),
    ]


def _large_cases():
    rng = random.Random(301)
    half = N_MAX // 2
    pattern = [-1] * half + [2] * half
    odds = [2 * rng.randint(-V_MAX // 2, V_MAX // 2 - 1) + 1 for _ in range(N_MAX)]
    extremes = [rng.choice((-V_MAX, -V_MAX // 2, 0, V_MAX // 2, V_MAX)) for _ in range(N_MAX)]
    return [
        ("large-all-zeros", {"nums": [0] * N_MAX}),
        ("large-two-values", {"nums": _shuffled(302, pattern)}),
        ("large-extreme-values", {"nums": extremes}),
        ("large-all-odd-no-triplet", {"nums": odds}),
        ("large-all-positive", {"nums": _random(303, N_MAX, 1, V_MAX)}),
        ("large-many-duplicates", {"nums": _random(304, N_MAX, -10, 10)}),
        ("large-dense", {"nums": _random(305, N_MAX, -300, 300)}),
        ("large-distinct", {"nums": random.Random(306).sample(range(-V_MAX, V_MAX + 1), N_MAX)}),
        ("large-random", {"nums": _random(307, N_MAX)}),
    ]


def secret():
    return _small_cases() + _large_cases()


def families():
    """{name: make}, make(n) -> args with n values (kept within 3..3000), for growth
    measurements: distinct values make every O(n^2) sweep run in full."""
    def size(n):
        return max(3, min(N_MAX, int(n)))

    def distinct(n):
        return {"nums": random.Random(n).sample(range(-V_MAX, V_MAX + 1), size(n))}

    def consecutive(n):
        n = size(n)
        return {"nums": _shuffled(n, range(-(n // 2), n - n // 2))}

    def few_values(n):
        return {"nums": _random(n, size(n), -5, 5)}

    def zeros(n):
        return {"nums": [0] * size(n)}

    return {"distinct-random": distinct, "consecutive-many-triplets": consecutive,
            "few-values": few_values, "all-zeros": zeros}
