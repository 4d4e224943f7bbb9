"""Test cases for 167. Two Sum II - Input Array Is Sorted: the public samples, the hidden cases,
and the size families for growth analysis.

Every case has exactly one pair of positions adding up to the target (validator.promise() checks
it). With values in [-1000, 1000] and up to 3 * 10^4 entries, values repeat, so _unique() draws
the other entries only from values that cannot complete a second pair: of every two values v and
target - v it keeps at most one, never target / 2 itself, and never the answer's own values.
Deterministic: every random case draws from its own random.Random(seed).
"""

import random

MAX_N = 3 * 10**4
MAX_V = 1000


def samples():
    return [
        ("example-1", {"numbers": [2, 7, 11, 15], "target": 9}),
        ("example-2", {"numbers": [2, 3, 4], "target": 6}),
        ("example-3", {"numbers": [-1, 0], "target": -1}),
    ]


def _unique(seed, n, target, a, pool=None):
    """n sorted entries holding a and target - a once each (a twice when a == target - a) and
    n - 2 others drawn from `pool` (default: every allowed value) that pair with nothing."""
    rng = random.Random(seed)
    b = target - a
    values = list(range(-MAX_V, MAX_V + 1) if pool is None else pool)
    present = set(values)
    side, allowed = {}, []
    for v in values:
        partner = target - v
        if v in (a, b) or partner == v:
            continue
        if partner in present:
            key = min(v, partner)
            if key not in side:
                side[key] = rng.choice((v, partner))
            if side[key] != v:
                continue
        allowed.append(v)
    others = [rng.choice(allowed) for _ in range(n - 2)] if n > 2 else []
    return {"numbers": sorted(others + [a, b]), "target": target}


def _mirrored(case):
    """The same case with every sign flipped: still sorted, still one pair."""
    return {"numbers": [-x for x in reversed(case["numbers"])], "target": -case["target"]}


def _size(n):
    return max(2, min(MAX_N, n))


# The families, each one input of about n entries; the large hidden cases use them at MAX_N.
def _middle(n, seed=1671):
    # Values on both sides, the answer near target / 2: two pointers walk almost all of it.
    return _unique(seed, n, 100, 49)


def _at_end(n):
    # Every other entry is small, the answer is the last two: a double loop that stops when the
    # sum passes the target still tries about n^2 / 2 pairs.
    return _unique(1672, n, 1000, 450, range(-MAX_V, 401))


def _first_two(n):
    return _unique(1673, n, -1000, -1000, range(1, MAX_V + 1))


def _equal_pair(n):
    return _unique(1674, n, 200, 100)


def _few_values(n):
    return _unique(1675, n, 7, 3, [-900, -450, -2, 1, 5, 13, 600, 999])


def families():
    """{name: make(n)}: one valid input of about n entries per family, deterministic."""
    makers = {"random-middle": _middle, "answer-at-end": _at_end, "answer-first-two": _first_two,
              "equal-pair": _equal_pair, "few-values": _few_values}
    return {name: (lambda n, make=make: make(_size(n))) for name, make in makers.items()}


def _small_cases():
    return [
        ("two-entries", {"numbers": [1, 2], "target": 3}),
        ("two-equal", {"numbers": [5, 5], "target": 10}),
        ("two-negative", {"numbers": [-700, -300], "target": -1000}),
        ("two-extremes", {"numbers": [-1000, 1000], "target": 0}),
        ("target-max", {"numbers": [0, 1000], "target": 1000}),
        ("target-min", {"numbers": [-1000, 0], "target": -1000}),
        ("answer-first-and-last", {"numbers": [1, 3, 4, 7, 8], "target": 9}),
        ("answer-first-two", {"numbers": [1, 2, 6, 7, 9], "target": 3}),
        ("answer-last-two", {"numbers": [-4, -3, 0, 1, 10, 12], "target": 22}),
        ("answer-adjacent-middle", {"numbers": [-9, -5, 2, 3, 11, 20], "target": 5}),
        # The answer is two copies of target / 2: searching the whole array finds the entry itself.
        ("equal-pair-middle", {"numbers": [1, 3, 3, 8], "target": 6}),
        ("equal-pair-after-single-half", {"numbers": [-6, 0, 4, 4, 9], "target": 8}),
        # One copy of target / 2 is no pair; the answer lies around it.
        ("single-half-in-middle", {"numbers": [1, 2, 5, 9], "target": 10}),
        ("zero-target", {"numbers": [-5, -2, 0, 3, 5], "target": 0}),
        ("negative-target", {"numbers": [-8, -6, -1, 4, 7], "target": -7}),
        ("duplicates-around", {"numbers": [-3] * 6 + [1, 4] + [9] * 6, "target": 5}),
        ("all-but-two-equal", {"numbers": [-2, 7] + [50] * 8, "target": 5}),
        ("zeros-answer", {"numbers": [-4, 0, 0, 9], "target": 0}),
        ("random-small", _unique(1601, 10, 17, 5, range(-20, 21))),
        ("random-small-negative", _unique(1602, 30, -40, -45, range(-60, 31))),
        ("random-small-equal-pair", _unique(1603, 25, -12, -6, range(-30, 31))),
        ("random-medium", _unique(1604, 400, 333, 100)),
        ("random-n-1500", _unique(1605, 1500, -250, -600)),
        ("random-n-1500-at-end", _at_end(1500)),
    ]


def _large_cases():
    n = MAX_N
    return [
        ("large-random-middle", _middle(n)),
        ("large-answer-at-end", _at_end(n)),
        ("large-answer-first-two", _first_two(n)),
        ("large-answer-first-and-last", _unique(1676, n, -500, -1000, range(-999, 500))),
        ("large-equal-pair", _equal_pair(n)),
        ("large-few-values", _few_values(n)),
        ("large-target-max", _unique(1677, n, 1000, 333)),
        ("large-target-min", _unique(1678, n, -1000, -520)),
        ("large-extremes", _unique(1679, n, 0, -1000)),
        ("large-negative-middle", _mirrored(_middle(n, seed=1680))),
    ]


def secret():
    return _small_cases() + _large_cases()
