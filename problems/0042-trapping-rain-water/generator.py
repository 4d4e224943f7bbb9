"""Test cases for 42. Trapping Rain Water: the public samples, the hidden cases, and the size
families for growth analysis.

Deterministic: every random case draws from its own random.Random(seed). Heights reach 10^5 and
n reaches 2 * 10^4, so a strictly increasing profile fits at full size (steps of 5).
"""

import random

MAX_N = 2 * 10**4
MAX_H = 10**5


def samples():
    return [
        ("example-1", {"height": [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]}),
        ("example-2", {"height": [4, 2, 0, 3, 2, 5]}),
    ]


def _random(seed, n, low=0, high=MAX_H):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


def _size(n):
    return max(1, min(MAX_N, n))


# Each family builds one input of about n bars; the large hidden cases are these at n = MAX_N.
def _increasing(n):
    return [i * MAX_H // n for i in range(n)]


def _decreasing(n):
    return _increasing(n)[::-1]


def _valley(n):
    # Tallest at both ends, deepest in the middle: nearly n * MAX_H / 2 units of water.
    mid = (n - 1) / 2 or 1
    return [round(abs(i - (n - 1) / 2) * MAX_H / mid) for i in range(n)]


def _mountain(n):
    # One peak in the middle, falling to both ends: no water at all.
    return [MAX_H - h for h in _valley(n)]


def _zigzag(n):
    return [MAX_H if i % 2 == 0 else 0 for i in range(n)]


def _walls_at_ends(n):
    # Two walls of full height enclosing zeros: the largest answer the constraints allow.
    return [MAX_H] + [0] * (n - 2) + [MAX_H] if n >= 2 else [MAX_H]


def _sawtooth(n, tooth=200):
    # Teeth that rise slowly and drop at once: a pool after every tooth, many stack pops.
    return [(i % tooth) * (MAX_H // tooth) for i in range(n)]


def _staircase_pools(n):
    # Pools whose walls rise towards the middle and fall after it, each nested under the next.
    return [(min(i, n - 1 - i) // 2) * 10 if i % 2 == 0 else 0 for i in range(n)]


def families():
    """{name: make(n)}: one valid input of about n bars per family, deterministic."""
    makers = {
        "random": lambda n: _random(4200 + _size(n), _size(n)),
        "increasing": _increasing,
        "decreasing": _decreasing,
        "valley": _valley,
        "mountain": _mountain,
        "zigzag": _zigzag,
        "walls-at-ends": _walls_at_ends,
        # teeth of at most n bars, so that they reach the full height at every n, as they do
        # at the hidden sizes (a solution slow in the height is then as slow at n = 50 as at 10^4)
        "sawtooth": lambda n: _sawtooth(n, tooth=max(2, min(200, n))),
    }
    return {name: (lambda n, make=make: {"height": make(_size(n))})
            for name, make in makers.items()}


def _small_cases():
    return [
        ("single-bar", {"height": [7]}),
        ("single-zero", {"height": [0]}),
        ("two-bars", {"height": [3, 7]}),
        ("two-tallest", {"height": [MAX_H, MAX_H]}),
        ("one-pit", {"height": [2, 0, 2]}),
        # The right wall is lower than the left: one pass with a left running maximum overfills.
        ("lower-right-wall", {"height": [3, 0, 1]}),
        ("lower-left-wall", {"height": [1, 0, 3]}),
        ("descending-tail", {"height": [0, 5, 1, 2, 1, 0]}),
        ("all-zero", {"height": [0] * 9}),
        ("all-equal", {"height": [4] * 8}),
        ("increasing", {"height": list(range(12))}),
        ("decreasing", {"height": list(range(12, 0, -1))}),
        ("valley", {"height": [5, 4, 3, 2, 1, 2, 3, 4, 5]}),
        ("uneven-valley", {"height": [6, 3, 1, 0, 2, 4]}),
        ("mountain", {"height": [1, 2, 3, 4, 3, 2, 1]}),
        # A flat floor two bars wide: a stack that forgets the width undercounts.
        ("flat-floor", {"height": [3, 0, 0, 3]}),
        ("flat-floor-raised", {"height": [4, 1, 1, 1, 4]}),
        ("equal-walls-row", {"height": [2, 1, 2, 1, 2, 1, 2]}),
        ("nested-pools", {"height": [5, 0, 2, 0, 3, 0, 1, 0, 5]}),
        ("tall-wall-inside", {"height": [2, 0, 9, 0, 1, 0, 4]}),
        ("plateau-walls", {"height": [3, 3, 0, 1, 0, 3, 3]}),
        ("tallest-walls", {"height": [MAX_H, 0, MAX_H]}),
        ("zeros-at-ends", {"height": [0, 0, 4, 1, 3, 0, 0]}),
        ("random-small", {"height": _random(4201, 10, 0, 9)}),
        ("random-ties", {"height": _random(4202, 60, 0, 2)}),
        ("random-medium", {"height": _random(4203, 300)}),
        ("random-n-1000", {"height": _random(4204, 1000)}),
        ("random-n-1500-low", {"height": _random(4205, 1500, 0, 50)}),
    ]


def _large_cases():
    n = MAX_N
    one_spike = [0] * n
    one_spike[n // 2] = MAX_H
    tall_first = [MAX_H] + _random(4302, n - 1, 0, MAX_H - 1)
    tall_last = _random(4303, n - 1, 0, MAX_H - 1) + [MAX_H]
    return [
        ("large-random", {"height": _random(4301, n)}),
        ("large-random-low", {"height": _random(4304, n, 0, 3)}),
        ("large-all-max", {"height": [MAX_H] * n}),
        ("large-increasing", {"height": _increasing(n)}),
        ("large-decreasing", {"height": _decreasing(n)}),
        ("large-valley", {"height": _valley(n)}),
        ("large-mountain", {"height": _mountain(n)}),
        ("large-zigzag", {"height": _zigzag(n)}),
        ("large-walls-at-ends", {"height": _walls_at_ends(n)}),
        ("large-one-spike", {"height": one_spike}),
        ("large-tallest-first", {"height": tall_first}),
        ("large-tallest-last", {"height": tall_last}),
        ("large-sawtooth", {"height": _sawtooth(n)}),
        ("large-staircase-pools", {"height": _staircase_pools(n)}),
    ]


def secret():
    return _small_cases() + _large_cases()
