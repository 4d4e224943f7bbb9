"""Test cases for 3. Longest Substring Without Repeating Characters: the public samples, the
hidden cases, and families of inputs of a chosen size for growth analysis.

Deterministic: every random case draws from its own `random.Random(seed)`.
The answer can never exceed 95, the number of printable ASCII characters, so the inputs that
stress a solution most are long ones whose windows stay long: the whole alphabet cycled, or
mirrored (every repeat then lies far back, left of the window, where a stale copy may pull the
window's start backwards).
"""

import random

N_MAX = 5 * 10**4
ALPHABET = "".join(chr(code) for code in range(32, 127))   # the 95 printable characters
LOWER = "abcdefghijklmnopqrstuvwxyz"


def samples():
    return [
        ("example-1", {"s": "abcabcbb"}),
        ("example-2", {"s": "bbbbb"}),
        ("example-3", {"s": "pwwkew"}),
    ]


def _random(seed, n, alphabet=ALPHABET):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _clamp(n):
    return max(0, min(N_MAX, n))


def _all_same(n):
    return {"s": "z" * _clamp(n)}


def _alphabet_cycle(n):
    # Every window of 95 is all distinct: the longest answer possible, all the way along.
    n = _clamp(n)
    return {"s": (ALPHABET * (n // len(ALPHABET) + 1))[:n]}


def _mirrored(n):
    # The alphabet forwards, then backwards, then forwards...: each character's previous copy is
    # either just behind it or a whole turn back, so stale copies are met all the time.
    n = _clamp(n)
    turn = ALPHABET + ALPHABET[::-1]
    return {"s": (turn * (n // len(turn) + 1))[:n]}


def _longest_at_end(n):
    # Only repeats until the last 95 characters: a solution that records its best only when it
    # meets a repeat never sees the answer.
    n = _clamp(n)
    tail = ALPHABET[: min(n, len(ALPHABET))]
    return {"s": "a" * (n - len(tail)) + tail}


def _random_full(n):
    return {"s": _random(3000 + n, _clamp(n))}


def families():
    """{name: make}, make(n) -> the arguments of one valid input of length about n."""
    return {
        "all-same": _all_same,
        "alphabet-cycle": _alphabet_cycle,
        "mirrored": _mirrored,
        "longest-at-end": _longest_at_end,
        "random": _random_full,
    }


def _small_cases():
    return [
        ("empty", {"s": ""}),
        ("single-letter", {"s": "a"}),
        # A lone space is a character too: stripping or splitting the input loses it.
        ("single-space", {"s": " "}),
        ("two-spaces", {"s": "  "}),
        ("space-inside", {"s": "  a  "}),
        ("two-equal", {"s": "aa"}),
        ("two-different", {"s": "ab"}),
        ("all-distinct", {"s": "abcdef"}),
        ("repeat-at-end", {"s": "abcdea"}),
        ("repeat-at-start", {"s": "aabcdef"}),
        # The second b is seen while the first a is still remembered: a stale copy left of the
        # window must not move its start backwards.
        ("stale-copy-abba", {"s": "abba"}),
        ("stale-copy-tmmzuxt", {"s": "tmmzuxt"}),
        # Restarting the window at the repeated character, rather than just after its earlier
        # copy, loses "vdf".
        ("restart-trap-dvdf", {"s": "dvdf"}),
        ("restart-trap-long", {"s": "abcdbefgh"}),
        ("upper-and-lower-differ", {"s": "aAbBcCaA"}),
        ("digits-and-symbols", {"s": "12!@ 12#$%"}),
        ("whole-alphabet", {"s": ALPHABET}),
        ("whole-alphabet-reversed-twice", {"s": ALPHABET[::-1] * 2}),
        ("alphabet-plus-one", {"s": ALPHABET + "a"}),
        ("random-two-letters", {"s": _random(11, 40, "ab")}),
        ("random-three-letters", {"s": _random(12, 60, "abc")}),
        ("random-lowercase", {"s": _random(13, 120, LOWER)}),
        ("random-full-small", {"s": _random(14, 300)}),
        ("mirrored-small", _mirrored(300)),
    ]


def _large_cases():
    n = N_MAX
    return [
        ("medium-random-lowercase", {"s": _random(21, 2000, LOWER)}),
        ("large-all-same", _all_same(n)),
        ("large-all-spaces", {"s": " " * n}),
        ("large-alphabet-cycle", _alphabet_cycle(n)),
        ("large-mirrored", _mirrored(n)),
        ("large-longest-at-end", _longest_at_end(n)),
        ("large-random", _random_full(n)),
        ("large-random-two-letters", {"s": _random(31, n, "xy")}),
        ("large-random-lowercase", {"s": _random(32, n, LOWER)}),
    ]


def secret():
    return _small_cases() + _large_cases()
