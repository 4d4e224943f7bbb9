"""Test cases for 26. Remove Duplicates from Sorted Array: the public samples and the hidden cases.

Deterministic: every random case draws from its own `random.Random(seed)`. Values lie in
[-100, 100], so an array has at most 201 distinct values; a long array is long runs of repeats,
and the largest cases are the ones where the runs are longest (all equal: one distinct value in
3 * 10^4) or spread evenly over every value.
"""

import random

N_MAX = 3 * 10**4
V_MAX = 100


def samples():
    return [
        ("example-1", {"nums": [1, 1, 2]}),
        ("example-2", {"nums": [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]}),
    ]


def _random_sorted(seed, n, low=-V_MAX, high=V_MAX):
    rng = random.Random(seed)
    return sorted(rng.randint(low, high) for _ in range(n))


def _runs(seed, n, distinct):
    """`distinct` values (increasing, random gaps) in runs of random lengths adding up to n."""
    rng = random.Random(seed)
    values = sorted(rng.sample(range(-V_MAX, V_MAX + 1), distinct))
    cuts = sorted(rng.sample(range(1, n), distinct - 1)) if distinct > 1 else []
    lengths = [b - a for a, b in zip([0] + cuts, cuts + [n])]
    return [v for v, length in zip(values, lengths) for _ in range(length)]


def _spread(n):
    """Every value from -100 to 100, each repeated about n / 201 times."""
    span = 2 * V_MAX + 1
    return [-V_MAX + i * span // n for i in range(n)]


def _edge_cases():
    return [
        ("single-element", {"nums": [5]}),
        ("single-negative", {"nums": [-100]}),
        ("two-equal", {"nums": [7, 7]}),
        ("two-distinct", {"nums": [-1, 0]}),
        ("all-equal-short", {"nums": [3] * 6}),
        ("all-distinct", {"nums": list(range(-V_MAX, V_MAX + 1))}),
        ("unique-last-value", {"nums": [1, 1, 1, 2, 2, 9]}),
        ("unique-first-value", {"nums": [-9, 4, 4, 4, 6, 6]}),
        ("only-extremes", {"nums": [-100, -100, -100, 100, 100]}),
        ("first-equals-last-not-all", {"nums": [2, 2, 2, 2, 3]}),
        ("zeros-and-negatives", {"nums": [-3, -3, -2, 0, 0, 0]}),
        ("alternating-run-lengths", {"nums": [0, 1, 1, 2, 3, 3, 3, 4, 5, 5, 5, 5, 6]}),
        ("random-small", {"nums": _random_sorted(101, 40, -10, 10)}),
        ("random-small-wide", {"nums": _random_sorted(102, 60)}),
        ("random-runs-small", {"nums": _runs(103, 50, 9)}),
    ]


def _medium_cases():
    return [
        ("medium-random", {"nums": _random_sorted(201, 2000)}),
        ("medium-few-values", {"nums": _runs(202, 1500, 3)}),
        ("medium-all-distinct-then-repeats", {"nums": sorted(list(range(-V_MAX, V_MAX + 1)) * 7)}),
    ]


def _large_cases():
    n = N_MAX
    return [
        # One distinct value: every element but the first is a repeat to skip or remove.
        ("large-all-equal", {"nums": [0] * n}),
        ("large-all-minimum", {"nums": [-V_MAX] * n}),
        ("large-spread-every-value", {"nums": _spread(n)}),
        ("large-random", {"nums": _random_sorted(301, n)}),
        ("large-two-values-unique-last", {"nums": [-V_MAX] * (n - 1) + [V_MAX]}),
        ("large-unique-first-then-repeats", {"nums": [-V_MAX] + [V_MAX] * (n - 1)}),
        ("large-random-runs", {"nums": _runs(302, n, 57)}),
    ]


def secret():
    return _edge_cases() + _medium_cases() + _large_cases()


def families():
    """Inputs of about n elements (capped at the constraints), for the growth analyser."""
    def size(n):
        return max(1, min(int(n), N_MAX))

    return {
        "all-equal": lambda n: {"nums": [0] * size(n)},
        "spread-every-value": lambda n: {"nums": _spread(size(n))},
        "unique-last": lambda n: {"nums": [-V_MAX] * (size(n) - 1) + [V_MAX]},
        "random": lambda n: {"nums": _random_sorted(400 + size(n), size(n))},
    }
