"""Test cases for 209. Minimum Size Subarray Sum: the public samples, the hidden cases, and
families of inputs of a chosen size for growth analysis.

Deterministic: every random case draws from its own `random.Random(seed)`.
The inputs that make a quadratic solution slow are those whose windows are long: no window
reaches the target (every start scans to the end), or only the whole array does. With n = 10^5
and every value 10^4 the whole array sums to exactly 10^9, the largest target allowed.
"""

import random

N_MAX = 10**5
V_MAX = 10**4
T_MAX = 10**9


def samples():
    return [
        ("example-1", {"target": 7, "nums": [2, 3, 1, 2, 4, 3]}),
        ("example-2", {"target": 4, "nums": [1, 4, 4]}),
        ("example-3", {"target": 11, "nums": [1, 1, 1, 1, 1, 1, 1, 1]}),
    ]


def _random_nums(seed, n, low=1, high=V_MAX):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


def _clamp(n):
    return max(1, min(N_MAX, n))


def _no_answer(n):
    # The sum falls short of the target: a solution that extends every start scans to the end.
    return {"target": T_MAX, "nums": [1] * _clamp(n)}


def _whole_array(n):
    # Only the whole array reaches the target, which equals its sum exactly.
    n = _clamp(n)
    return {"target": V_MAX * n, "nums": [V_MAX] * n}


def _half_array(n):
    # Every window of half the array reaches the target, no shorter one does.
    n = _clamp(n)
    return {"target": 7 * ((n + 1) // 2), "nums": [7] * n}


def _random_long_windows(n):
    # Random values and a target of about a third of the total: windows of about n / 3.
    nums = _random_nums(4000 + n, _clamp(n))
    return {"target": min(T_MAX, max(1, sum(nums) // 3)), "nums": nums}


def families():
    """{name: make}, make(n) -> the arguments of one valid input with about n elements."""
    return {
        "no-answer": _no_answer,
        "whole-array": _whole_array,
        "half-array": _half_array,
        "random": _random_long_windows,
    }


def _small_cases():
    greedy_trap = [5, 1, 1, 1, 5]          # the two 5s reach 10, but not side by side
    return [
        ("single-enough", {"target": 1, "nums": [1]}),
        ("single-short", {"target": 2, "nums": [1]}),
        ("single-max", {"target": V_MAX, "nums": [V_MAX]}),
        ("two-need-both", {"target": 3, "nums": [1, 2]}),
        ("target-one", {"target": 1, "nums": [3, 9, 2, 7]}),
        # The whole array sums to the target exactly, so the answer is n: a solution that uses
        # n itself as "nothing found" answers 0.
        ("whole-array-exact", {"target": 15, "nums": [1, 2, 3, 4, 5]}),
        ("whole-array-one-short", {"target": 16, "nums": [1, 2, 3, 4, 5]}),
        ("exact-sum-inside", {"target": 9, "nums": [1, 4, 5, 1, 1]}),
        ("answer-at-start", {"target": 12, "nums": [6, 6, 1, 1, 1, 1, 1]}),
        ("answer-at-end", {"target": 12, "nums": [1, 1, 1, 1, 1, 6, 6]}),
        # One big value arrives after a long low window: shrinking only one step per new value
        # leaves the window far too wide.
        ("big-value-last", {"target": 100, "nums": [1, 1, 1, 1, 1, 1, 100]}),
        ("big-value-middle", {"target": 50, "nums": [2, 3, 4, 60, 4, 3, 2]}),
        # Sorting and taking the largest values picks [5, 5]: not contiguous.
        ("greedy-largest-trap", {"target": 10, "nums": greedy_trap}),
        ("greedy-largest-trap-2", {"target": 15, "nums": [8, 1, 1, 8, 1, 7, 1]}),
        ("all-equal", {"target": 20, "nums": [4] * 9}),
        ("max-target-short-array", {"target": T_MAX, "nums": [V_MAX] * 10}),
        ("random-small", {"target": 30, "nums": _random_nums(11, 20, 1, 10)}),
        ("random-small-no-answer", {"target": 500, "nums": _random_nums(12, 30, 1, 10)}),
        ("random-medium", {"target": 50_000, "nums": _random_nums(13, 500, 1, 1000)}),
        ("random-wide-window", {"target": 5_000_000, "nums": _random_nums(14, 2000)}),
    ]


def _large_cases():
    n = N_MAX
    last_short = [V_MAX] * n
    last_short[-1] = V_MAX - 1     # the total falls one short of 10^9
    big_at_end = [1] * (n - 1) + [V_MAX]
    return [
        ("medium-whole-array", _whole_array(3000)),
        ("medium-random-long-windows", _random_long_windows(3000)),
        ("large-no-answer", _no_answer(n)),
        ("large-whole-array", _whole_array(n)),
        ("large-whole-array-one-short", {"target": T_MAX, "nums": last_short}),
        ("large-half-array", _half_array(n)),
        ("large-big-value-last", {"target": V_MAX, "nums": big_at_end}),
        ("large-random-target-one", {"target": 1, "nums": _random_nums(21, n)}),
        ("large-random-short-windows", {"target": 50_000, "nums": _random_nums(22, n)}),
        ("large-random-long-windows", _random_long_windows(n)),
        ("large-random-low-values", {"target": 150_000, "nums": _random_nums(23, n, 1, 3)}),
    ]


def secret():
    return _small_cases() + _large_cases()
