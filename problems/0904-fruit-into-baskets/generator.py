"""Test cases for 904. Fruit Into Baskets: the public samples, the hidden cases, and families of
inputs of a chosen size for growth analysis.

Deterministic: every random case draws from its own `random.Random(seed)`.
Types must be smaller than the number of trees. A quadratic solution (extend every start while
at most two types are seen) is slowest when the answer is long: two types all along the row.
"""

import random

N_MAX = 10**5


def samples():
    return [
        ("example-1", {"fruits": [1, 2, 1]}),
        ("example-2", {"fruits": [0, 1, 2, 2]}),
        ("example-3", {"fruits": [1, 2, 3, 2, 2]}),
    ]


def _random(seed, n, types):
    rng = random.Random(seed)
    return [rng.randrange(types) for _ in range(n)]


def _clamp(n):
    return max(1, min(N_MAX, n))


def _two_types(n):
    # Two types at random along the whole row: the answer is n.
    n = _clamp(n)
    return {"fruits": _random(8000 + n, n, min(2, n))}


def _all_same(n):
    n = _clamp(n)
    return {"fruits": [n - 1] * n}


def _all_distinct(n):
    # A permutation of 0 .. n-1: every window of three trees has three types.
    n = _clamp(n)
    order = list(range(n))
    random.Random(9000 + n).shuffle(order)
    return {"fruits": order}


def _three_types(n):
    n = _clamp(n)
    return {"fruits": _random(10000 + n, n, min(3, n))}


def _long_runs(n):
    # Runs of 1000 trees, the type changing by one each run: every window joins two runs, and
    # the window must shed a whole run when a third type arrives.
    n = _clamp(n)
    return {"fruits": [min(n - 1, (i // 1000) % 7) for i in range(n)]}


def families():
    """{name: make}, make(n) -> the arguments of one valid input with about n trees."""
    return {
        "two-types": _two_types,
        "all-same": _all_same,
        "all-distinct": _all_distinct,
        "three-types": _three_types,
        "long-runs": _long_runs,
    }


def _small_cases():
    return [
        ("single-tree", {"fruits": [0]}),
        ("two-equal", {"fruits": [1, 1]}),
        ("two-different", {"fruits": [0, 1]}),
        ("three-distinct", {"fruits": [2, 0, 1]}),
        ("all-same", {"fruits": [4] * 8}),
        ("all-distinct", {"fruits": [5, 3, 0, 4, 1, 2]}),
        # After a third type, the window keeps the whole last run of the previous type, not just
        # the one tree before the new type; here the best window starts inside such a run.
        ("keep-whole-last-run", {"fruits": [1, 2, 2, 3, 3]}),
        ("keep-whole-last-run-long", {"fruits": [0, 1, 1, 0, 0, 2, 0, 0, 2]}),
        # The two most common types overall are not next to each other.
        ("most-common-not-contiguous", {"fruits": [1, 2, 3, 1]}),
        ("most-common-not-contiguous-2", {"fruits": [1, 1, 1, 2, 3, 3, 3, 2, 0]}),
        ("classic-mixed", {"fruits": [3, 3, 3, 1, 2, 1, 1, 2, 3, 3, 4]}),
        ("type-zero-counts", {"fruits": [0, 0, 1, 0, 2, 2]}),
        ("best-at-start", {"fruits": [0, 1, 0, 1, 1, 2, 3, 4, 5, 6]}),
        ("best-at-end", {"fruits": [6, 5, 4, 3, 2, 1, 0, 1, 0, 0]}),
        ("alternating-then-third", {"fruits": [1, 2, 1, 2, 1, 2, 0]}),
        ("three-alternating", {"fruits": [0, 1, 2, 0, 1, 2, 0, 1, 2]}),
        ("random-three-types", {"fruits": _random(11, 30, 3)}),
        ("random-four-types", {"fruits": _random(12, 60, 4)}),
        ("random-many-types", {"fruits": _random(13, 200, 10)}),
        ("long-runs-small", {"fruits": [(i // 7) % 4 for i in range(100)]}),
        ("random-two-types-medium", _two_types(1500)),
    ]


def _large_cases():
    n = N_MAX
    end_pair = [i % 1000 + 2 for i in range(n // 2)] + _random(21, n - n // 2, 2)
    return [
        ("medium-three-types", _three_types(3000)),
        ("large-two-types", _two_types(n)),
        ("large-alternating", {"fruits": [i % 2 for i in range(n)]}),
        ("large-all-same", _all_same(n)),
        ("large-all-distinct", _all_distinct(n)),
        ("large-three-types", _three_types(n)),
        ("large-long-runs", _long_runs(n)),
        ("large-many-types", {"fruits": _random(22, n, n)}),
        ("large-best-at-end", {"fruits": end_pair}),
        ("large-max-type", {"fruits": _random(23, n - 1, 2) + [n - 1]}),
    ]


def secret():
    return _small_cases() + _large_cases()
