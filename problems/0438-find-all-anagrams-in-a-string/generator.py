"""Test cases for 438. Find All Anagrams in a String: the public samples and the hidden cases.

Deterministic: every random case draws from its own `random.Random(seed)`. The large cases are
at the top of the constraints (3 * 10^4 letters) with windows of about half of s, where sorting
or recounting every window does 10^8 and more steps.
"""

import random
import string

N_MAX = 3 * 10**4
LETTERS = string.ascii_lowercase


def samples():
    return [
        ("example-1", {"s": "cbaebabacd", "p": "abc"}),
        ("example-2", {"s": "abab", "p": "ab"}),
    ]


def _random_text(seed, n, alphabet=LETTERS):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(seed, text):
    letters = list(text)
    random.Random(seed).shuffle(letters)
    return "".join(letters)


def _planted(seed, n, m, alphabet=LETTERS, plants=5):
    """A random s of length n with `plants` anagrams of a random p of length m planted in it."""
    rng = random.Random(seed)
    p = "".join(rng.choice(alphabet) for _ in range(m))
    s = [rng.choice(alphabet) for _ in range(n)]
    for _ in range(plants):
        at = rng.randrange(n - m + 1)
        s[at:at + m] = _shuffled(rng.random(), p)
    return "".join(s), p


def _small_cases():
    s1, p1 = _planted(101, 40, 4, "abc")
    s2, p2 = _planted(102, 60, 7, "abcdefg", plants=8)
    return [
        ("single-letter-match", {"s": "a", "p": "a"}),
        ("single-letter-no-match", {"s": "a", "p": "b"}),
        ("p-longer-than-s", {"s": "ab", "p": "abc"}),
        ("equal-length-anagram", {"s": "listen", "p": "silent"}),
        ("equal-length-not-anagram", {"s": "listen", "p": "silenn"}),
        ("match-at-the-end-only", {"s": "zzzzzyx", "p": "xyz"}),
        ("match-at-the-start-only", {"s": "xyzzzzz", "p": "zyx"}),
        ("all-positions", {"s": "aaaaaa", "p": "aa"}),
        ("repeated-letters-count", {"s": "aabbabaabb", "p": "aab"}),
        ("same-letters-other-counts", {"s": "abbbaaabab", "p": "abb"}),
        ("one-letter-pattern", {"s": "banana", "p": "a"}),
        ("no-match", {"s": "abcdefghij", "p": "kl"}),
        ("last-letter-z", {"s": "zazbzz", "p": "zz"}),
        ("whole-alphabet", {"s": LETTERS + LETTERS[::-1] + LETTERS, "p": _shuffled(103, LETTERS)}),
        ("planted-small", {"s": s1, "p": p1}),
        ("planted-medium", {"s": s2, "p": p2}),
        ("random-two-letters", {"s": _random_text(104, 80, "ab"), "p": "abab"}),
    ]


def _large_cases():
    rng = random.Random(301)
    half = N_MAX // 2
    balanced = "a" * (half // 2) + "b" * (half - half // 2)
    periodic = "abc" * (N_MAX // 3)
    whole = _random_text(302, N_MAX)
    big_s, big_p = _planted(303, N_MAX, 1000, plants=40)
    return [
        ("large-all-the-same-letter", {"s": "a" * N_MAX, "p": "a" * half}),
        ("large-two-letters-half-window", {"s": _random_text(304, N_MAX, "ab"),
                                           "p": _shuffled(305, balanced)}),
        ("large-periodic", {"s": periodic, "p": _shuffled(306, "abc" * 1000)}),
        ("large-equal-lengths", {"s": whole, "p": _shuffled(307, whole)}),
        ("large-p-longer-than-s", {"s": whole[:N_MAX - 1], "p": whole}),
        ("large-near-miss", {"s": "ab" * half, "p": "a" * (half // 2) + "b" * (half // 2 - 1) + "c"}),
        ("large-planted", {"s": big_s, "p": big_p}),
        ("large-one-letter-pattern", {"s": _random_text(308, N_MAX), "p": rng.choice(LETTERS)}),
    ]


def secret():
    return _small_cases() + _large_cases()


def families():
    """{name: make}, make(n) -> args with len(s) about n (kept within 1..3 * 10^4), for growth
    measurements: the window is half of s, where a per-window recount costs the most."""
    def size(n):
        return max(2, min(N_MAX, int(n)))

    def all_same(n):
        n = size(n)
        return {"s": "a" * n, "p": "a" * (n // 2)}

    def two_letters(n):
        n = size(n)
        return {"s": _random_text(n, n, "ab"), "p": _random_text(n + 1, n // 2, "ab")}

    def planted(n):
        n = size(n)
        s, p = _planted(n, n, max(1, n // 2), plants=3)
        return {"s": s, "p": p}

    def short_pattern(n):
        n = size(n)
        return {"s": _random_text(n, n), "p": _random_text(n + 2, 3)}

    return {"all-same-letter": all_same, "two-letters-half-window": two_letters,
            "planted-half-window": planted, "random-short-pattern": short_pattern}
