"""Test cases for 424. Longest Repeating Character Replacement: the public samples, the hidden
cases, and families of inputs of a chosen size for growth analysis.

Deterministic: every random case draws from its own `random.Random(seed)`.
A quadratic solution (extend every start while the window can still be made one letter) is
slowest when the answer is long: a large k, or long runs of one letter joined by a few others.
"""

import random
import string

N_MAX = 10**5
LETTERS = string.ascii_uppercase


def samples():
    return [
        ("example-1", {"s": "ABAB", "k": 2}),
        ("example-2", {"s": "AABABBA", "k": 1}),
    ]


def _random(seed, n, alphabet=LETTERS):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _clamp(n):
    return max(1, min(N_MAX, n))


def _alternating(n):
    # "ABAB...": k = n // 2 replacements make the whole string one letter.
    n = _clamp(n)
    return {"s": ("AB" * (n // 2 + 1))[:n], "k": n // 2}


def _all_same(n):
    return {"s": "Z" * _clamp(n), "k": 0}


def _runs_joined(n):
    # Runs of "A" of length 50, each followed by one other letter; k = n // 100 joins about half
    # of them into one long window.
    n = _clamp(n)
    rng = random.Random(5000 + n)
    pieces = []
    while sum(map(len, pieces)) < n:
        pieces.append("A" * 50 + rng.choice(LETTERS[1:]))
    return {"s": "".join(pieces)[:n], "k": n // 100}


def _random_half_k(n):
    n = _clamp(n)
    return {"s": _random(6000 + n, n, "ABC"), "k": n // 2}


def _random_k_zero(n):
    n = _clamp(n)
    return {"s": _random(7000 + n, n), "k": 0}


def families():
    """{name: make}, make(n) -> the arguments of one valid input of length about n."""
    return {
        "alternating": _alternating,
        "all-same": _all_same,
        "runs-joined": _runs_joined,
        "random-three-letters-half-k": _random_half_k,
        "random-k-zero": _random_k_zero,
    }


def _small_cases():
    return [
        ("single-k-zero", {"s": "A", "k": 0}),
        ("single-k-one", {"s": "Q", "k": 1}),
        ("two-different-k-zero", {"s": "AB", "k": 0}),
        ("two-different-k-one", {"s": "AB", "k": 1}),
        ("k-equals-length", {"s": "ABCDE", "k": 5}),
        ("all-distinct-k-zero", {"s": "ABCDEFG", "k": 0}),
        ("all-distinct-k-two", {"s": "ABCDEFG", "k": 2}),
        # Z is the last letter: a loop over range(25) letters misses it.
        ("only-z", {"s": "ZZZZ", "k": 0}),
        ("z-majority", {"s": "ZZAZZBZZ", "k": 1}),
        ("longest-run-k-zero", {"s": "ABBBCCDDDDE", "k": 0}),
        # The letter at the window's left end is not the one to keep.
        ("odd-letter-first", {"s": "BAAA", "k": 1}),
        ("odd-letter-first-long", {"s": "CABAAAAB", "k": 2}),
        # The best window is at the start; the window at the end is short.
        ("best-at-start", {"s": "AAAABCDEFG", "k": 1}),
        ("best-at-end", {"s": "ABCDEFGGGG", "k": 1}),
        ("best-in-middle", {"s": "ABCXXYXXCBA", "k": 1}),
        # Joining runs across gaps beats the longest run plus k.
        ("join-runs", {"s": "AAABAAACAAA", "k": 2}),
        ("k-larger-than-needed", {"s": "AAAB", "k": 3}),
        ("alternating-small", _alternating(10)),
        ("random-two-letters", {"s": _random(11, 30, "AB"), "k": 3}),
        ("random-three-letters", {"s": _random(12, 60, "ABC"), "k": 5}),
        ("random-all-letters", {"s": _random(13, 100), "k": 4}),
        ("random-all-letters-k-zero", {"s": _random(14, 200), "k": 0}),
        ("random-runs", {"s": _runs_joined(400)["s"], "k": 3}),
        ("random-few-letters-big-k", {"s": _random(15, 400, "ABCD"), "k": 150}),
    ]


def _large_cases():
    n = N_MAX
    z_last = "Z" * (n // 2) + _random(21, n - n // 2, LETTERS[:25])
    return [
        ("medium-random", {"s": _random(31, 3000, "ABCDE"), "k": 40}),
        ("large-all-same", _all_same(n)),
        ("large-all-same-k-max", {"s": "B" * n, "k": n}),
        ("large-k-equals-length", {"s": _random(32, n), "k": n}),
        ("large-alternating-half-k", _alternating(n)),
        ("large-alternating-k-zero", {"s": _alternating(n)["s"], "k": 0}),
        ("large-runs-joined", _runs_joined(n)),
        ("large-random-half-k", _random_half_k(n)),
        ("large-random-k-zero", _random_k_zero(n)),
        ("large-random-small-k", {"s": _random(33, n), "k": 7}),
        ("large-two-letters-mid-k", {"s": _random(34, n, "XY"), "k": 20000}),
        ("large-z-half", {"s": z_last, "k": 1000}),
    ]


def secret():
    return _small_cases() + _large_cases()
