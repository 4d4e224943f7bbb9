"""Test cases for 567. Permutation in String: the public samples, the hidden cases, and the size
families for growth analysis.

Deterministic: every random case draws from its own random.Random(seed). The hand-made cases keep
s1 at 7 letters or fewer and every other case gives s1 at least 15, so that a solution which tries
the k! orderings of s1 passes the first group quickly and is hopeless on the second, never close to
the time limit.
"""

import random
import string

MAX_LENGTH = 10**4
LETTERS = string.ascii_lowercase


def samples():
    return [
        ("example-1", {"s1": "ab", "s2": "eidbaooo"}),
        ("example-2", {"s1": "ab", "s2": "eidboaoo"}),
    ]


def _word(rng, n, letters=LETTERS):
    return "".join(rng.choice(letters) for _ in range(n))


def _shuffled(rng, text):
    letters = list(text)
    rng.shuffle(letters)
    return "".join(letters)


def _hidden_at(seed, k, n, where, letters=LETTERS):
    """s1 of k random letters; s2 of n letters with a shuffle of s1 starting at `where`
    (a fraction of the room), the rest drawn from `letters`."""
    rng = random.Random(seed)
    s1 = _word(rng, k, letters)
    start = round((n - k) * where)
    s2 = _word(rng, start, letters) + _shuffled(rng, s1) + _word(rng, n - k - start, letters)
    return {"s1": s1, "s2": s2}


def _missing_letter(seed, k, n):
    """s1 holds one 'z', s2 none: false, though every other letter is plentiful."""
    rng = random.Random(seed)
    s1 = _shuffled(rng, _word(rng, k - 1, LETTERS[:-1]) + "z")
    return {"s1": s1, "s2": _word(rng, n, LETTERS[:-1])}


def _one_too_many(k, n):
    """s2 repeats a block of length k with one 'a' too many and one 'b' too few, so every window
    of length k has those same counts: a near miss everywhere, false."""
    half = k // 2
    s1 = "a" * half + "b" * (k - half)
    block = "a" * (half + 1) + "b" * (k - half - 1)
    return {"s1": s1, "s2": (block * (n // k + 1))[:n]}


def _clamp(n):
    return max(2, min(MAX_LENGTH, n))


def families():
    """{name: make(n)}: one valid input with len(s2) about n (and s1 about half of it)."""
    def sized(make):
        return lambda n: make(_clamp(n))
    return {
        "random-at-end": sized(lambda n: _hidden_at(5670 + n, n // 2, n, 1.0)),
        "random-in-middle": sized(lambda n: _hidden_at(5671 + n, n // 2, n, 0.5, "abc")),
        "missing-letter": sized(lambda n: _missing_letter(5672 + n, n // 2, n)),
        "one-too-many": sized(lambda n: _one_too_many(n // 2, n)),
        "all-same-letter": sized(lambda n: {"s1": "a" * (n // 2),
                                            "s2": "a" * (n // 2 - 1) + "b" + "a" * (n - n // 2)}),
        "s1-longer": sized(lambda n: {"s1": "ab" * (n // 2), "s2": ("ab" * (n // 2))[:-1]}),
    }


def _small_cases():
    return [
        ("one-letter-match", {"s1": "a", "s2": "a"}),
        ("one-letter-mismatch", {"s1": "a", "s2": "b"}),
        ("one-letter-in-longer", {"s1": "z", "s2": "abcz"}),
        ("s1-longer-than-s2", {"s1": "abc", "s2": "ab"}),
        ("s1-longer-same-letters", {"s1": "aab", "s2": "ab"}),
        ("equal-length-permutation", {"s1": "abc", "s2": "cab"}),
        ("equal-length-not-permutation", {"s1": "abc", "s2": "abd"}),
        ("identical", {"s1": "hello", "s2": "hello"}),
        ("match-at-start", {"s1": "abc", "s2": "bcaxyzxyz"}),
        ("match-at-end", {"s1": "abc", "s2": "xyzxyzcba"}),
        ("match-after-first-slide", {"s1": "abc", "s2": "xcbayy"}),
        ("match-in-middle", {"s1": "adc", "s2": "dcdaqadcq"}),
        # Same letters as s1 but other counts: a set of letters is not enough.
        ("same-letters-other-counts", {"s1": "aab", "s2": "xabbx"}),
        ("repeated-letters-match", {"s1": "aab", "s2": "xbaax"}),
        # Enough of every letter in s2, but never in one window.
        ("letters-spread-out", {"s1": "abc", "s2": "axbxcx"}),
        # A permutation of s1 that is not s1 itself.
        ("permutation-not-substring", {"s1": "abcd", "s2": "zzdcbazz"}),
        ("one-count-short", {"s1": "aaab", "s2": "aabbaab"}),
        ("all-same-letter-true", {"s1": "aaaa", "s2": "baaaab"}),
        ("all-same-letter-false", {"s1": "aaaa", "s2": "aaabaaa"}),
        ("alphabet-ends", {"s1": "az", "s2": "bzay"}),
        ("alphabet-ends-false", {"s1": "azz", "s2": "zaazaa"}),
        ("overlapping-near-misses", {"s1": "abab", "s2": "aabbaab"}),
        ("random-small-true", _hidden_at(5601, 5, 20, 0.4, "abcd")),
        ("seven-letters-false", {"s1": "abcdefg", "s2": "gfedcbxbgfedcxag"}),
    ]


def _medium_cases():
    return [
        ("medium-true-at-end", _hidden_at(5602, 20, 300, 1.0)),
        ("medium-true-two-letters", _hidden_at(5603, 40, 500, 0.3, "ab")),
        ("medium-missing-letter", _missing_letter(5604, 30, 600)),
        ("medium-one-too-many", _one_too_many(60, 900)),
        ("medium-true-at-start", _hidden_at(5605, 100, 2000, 0.0, "abc")),
    ]


def _large_cases():
    n = MAX_LENGTH
    return [
        # False cases first: a solution trying permutations cannot get lucky on them.
        ("large-missing-letter", _missing_letter(5701, n // 2, n)),
        ("large-one-too-many", _one_too_many(n // 2, n)),
        ("large-true-at-end", _hidden_at(5702, n // 2, n, 1.0)),
        ("large-true-at-start", _hidden_at(5703, n // 2, n, 0.0)),
        ("large-true-in-middle-few-letters", _hidden_at(5704, 3000, n, 0.5, "abc")),
        ("large-equal-length-true", _hidden_at(5705, n, n, 0.0)),
        ("large-equal-length-false", _missing_letter(5706, n, n)),
        ("large-s1-longer", {"s1": "ab" * (n // 2), "s2": "ab" * (n // 2 - 1) + "a"}),
        ("large-all-same-letter-false", {"s1": "a" * (n // 2),
                                         "s2": ("a" * (n // 2 - 1) + "b") * 2}),
        ("large-all-same-letter-true", {"s1": "a" * (n // 2),
                                        "s2": "a" * (n // 2 - 1) + "b" + "a" * (n // 2)}),
        ("large-short-s1-false", _missing_letter(5707, 15, n)),
        ("large-short-s1-at-end", _hidden_at(5708, 15, n, 1.0, "abcdefgh")),
    ]


def secret():
    return _small_cases() + _medium_cases() + _large_cases()
