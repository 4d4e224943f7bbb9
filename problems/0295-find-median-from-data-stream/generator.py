"""Test cases for 295. Find Median from Data Stream: the public sample and the hidden cases.

A case is LeetCode's call sequence: {"operations": ["MedianFinder", "addNum", ...],
"arguments": [[], [1], ...]}. Its size is the number of calls after the constructor, at most
5 * 10^4. Deterministic: every random case draws from its own `random.Random(seed)`.
"""

import random

CALLS_MAX = 5 * 10**4
V_MAX = 10**5


def samples():
    return [
        ("example-1", {"operations": ["MedianFinder", "addNum", "addNum", "findMedian",
                                      "addNum", "findMedian"],
                       "arguments": [[], [1], [2], [], [3], []]}),
    ]


def _case(calls):
    """A case from a list of calls: an int adds it, None asks for the median."""
    operations, arguments = ["MedianFinder"], [[]]
    for call in calls:
        operations.append("findMedian" if call is None else "addNum")
        arguments.append([] if call is None else [call])
    return {"operations": operations, "arguments": arguments}


def _each_then_median(values):
    """Add each value, asking for the median after every one."""
    return [c for v in values for c in (v, None)]


def _random_values(seed, n, low=-V_MAX, high=V_MAX):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


def _mixed(seed, calls, find_share=0.5):
    """Random adds and queries, never a query before the first add."""
    rng = random.Random(seed)
    made = [rng.randint(-V_MAX, V_MAX)]
    while len(made) < calls:
        made.append(None if rng.random() < find_share else rng.randint(-V_MAX, V_MAX))
    return made


def _edge_cases():
    return [
        ("one-number", _case([7, None])),
        ("one-negative-number", _case([-V_MAX, None])),
        ("two-numbers", _case([5, 2, None])),
        ("two-numbers-negative-average", _case([-3, -4, None])),
        ("odd-half-average", _case([1, 2, None, 4, None, 7, None])),
        ("same-number-repeated", _case(_each_then_median([4] * 6))),
        ("ascending", _case(_each_then_median(list(range(1, 12))))),
        ("descending", _case(_each_then_median(list(range(11, 0, -1))))),
        ("extremes", _case(_each_then_median([V_MAX, -V_MAX, V_MAX, -V_MAX, 0, V_MAX]))),
        ("zigzag-around-zero", _case(_each_then_median([1, -1, 2, -2, 3, -3, 4, -4]))),
        ("median-asked-twice", _case([3, 1, None, None, 2, None, None])),
        ("many-adds-then-one-median", _case([9, 1, 8, 2, 7, 3, 6, 4, 5, None])),
        ("duplicates-at-the-median", _case(_each_then_median([5, 5, 1, 5, 9, 5, 5, 2]))),
        ("big-then-small", _case(_each_then_median([100, 200, 300, -1, -2, -3, -4, -5]))),
        ("random-small", _case(_each_then_median(_random_values(101, 30, -20, 20)))),
        ("random-small-mixed", _case(_mixed(102, 80))),
        ("random-small-wide", _case(_each_then_median(_random_values(103, 60)))),
    ]


def _medium_cases():
    return [
        ("medium-random-mixed", _case(_mixed(201, 2000))),
        ("medium-ascending", _case(_each_then_median(list(range(-500, 500))))),
        ("medium-few-values", _case(_each_then_median(_random_values(202, 1200, -2, 2)))),
    ]


def _large_cases():
    half = CALLS_MAX // 2
    return [
        ("large-ascending", _case(_each_then_median(list(range(-half // 2, half - half // 2))))),
        ("large-descending", _case(_each_then_median(list(range(half, 0, -1))))),
        ("large-random", _case(_each_then_median(_random_values(301, half)))),
        ("large-extremes-zigzag",
         _case(_each_then_median([V_MAX if i % 2 else -V_MAX for i in range(half)]))),
        ("large-adds-then-medians", _case(_random_values(302, half) + [None] * half)),
        ("large-all-adds-one-median", _case(_random_values(303, CALLS_MAX - 1) + [None])),
        ("large-random-mixed", _case(_mixed(304, CALLS_MAX, 0.3))),
    ]


def secret():
    return _edge_cases() + _medium_cases() + _large_cases()


def families():
    """Cases of about n calls (capped at the constraints), for the growth analyser."""
    def calls(n):
        return max(2, min(int(n), CALLS_MAX))

    return {
        "ascending": lambda n: _case(_each_then_median(list(range(calls(n) // 2)))),
        "descending": lambda n: _case(_each_then_median(list(range(calls(n) // 2, 0, -1)))),
        "adds-then-medians": lambda n: _case(_random_values(400 + calls(n), calls(n) // 2)
                                             + [None] * (calls(n) - calls(n) // 2)),
        "random-mixed": lambda n: _case(_mixed(500 + calls(n), calls(n))),
    }
