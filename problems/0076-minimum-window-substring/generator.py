"""Test cases for LeetCode 76, Minimum Window Substring.

The problem promises that the shortest covering window, when one exists, is
unique. Hand-made cases are built so that this holds; randomly drawn cases are
redrawn (with the same seeded generator, so still deterministically) until it
holds, using `_shortest_windows` below.
"""

import random
import string
from collections import Counter

MAX_LEN = 10 ** 5
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
LETTERS = string.ascii_letters


def _covering_count(s: str, t: str, length: int) -> int:
    """How many windows of exactly `length` letters in s contain all of t."""
    need = Counter(t)
    lacking = len(t)
    found = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            lacking -= 1
        need[ch] -= 1
        if right >= length:
            old = s[right - length]
            need[old] += 1
            if need[old] > 0:
                lacking += 1
        if right >= length - 1 and lacking == 0:
            found += 1
    return found


def _shortest_windows(s: str, t: str):
    """(length of the shortest covering window or 0, how many windows have it)."""
    need = Counter(t)
    lacking = len(t)
    best = 0
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            lacking -= 1
        need[ch] -= 1
        while lacking == 0:
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            need[s[left]] += 1
            if need[s[left]] > 0:
                lacking += 1
            left += 1
    if best == 0:
        return 0, 0
    return best, _covering_count(s, t, best)


def _random_text(rng: random.Random, length: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _draw_unique(rng, s_len, t_len, alphabet, t_alphabet=None):
    """Draw s and t until the case has exactly one shortest window."""
    t_alphabet = t_alphabet or alphabet
    while True:
        s = _random_text(rng, s_len, alphabet)
        t = _random_text(rng, t_len, t_alphabet)
        best, count = _shortest_windows(s, t)
        if best and count == 1:
            return {"s": s, "t": t}


def _planted(rng, t, length, position, filler):
    """Random `filler` text of `length` letters with a shuffled copy of t at `position`."""
    block = list(t)
    rng.shuffle(block)
    head = _random_text(rng, position, filler)
    tail = _random_text(rng, length - position - len(block), filler)
    return head + "".join(block) + tail


def samples():
    return [
        ("example-1", {"s": "ADOBECODEBANC", "t": "ABC"}),
        ("example-2", {"s": "a", "t": "a"}),
        ("example-3", {"s": "a", "t": "aa"}),
    ]


def _small_cases():
    return [
        ("one-letter-match", {"s": "Q", "t": "Q"}),
        ("one-letter-mismatch", {"s": "a", "t": "b"}),
        ("one-letter-case-mismatch", {"s": "a", "t": "A"}),
        ("t-longer-than-s", {"s": "abc", "t": "abca"}),
        ("letter-absent-from-s", {"s": "ADOBECODEBANC", "t": "ABCZ"}),
        ("too-few-copies", {"s": "aXbXcXd", "t": "XXXX"}),
        ("too-few-copies-other-case", {"s": "xXxXx", "t": "XXX"}),
        ("upper-needed-only-lower-present", {"s": "aaaaa", "t": "aA"}),
        ("answer-at-start", {"s": "cbaqqqqqqqbqqqaqqc", "t": "abc"}),
        ("answer-at-end", {"s": "xAyyyyByyyyCyyyyBCA", "t": "ABC"}),
        ("whole-s-is-answer", {"s": "kxxxxxxy", "t": "yk"}),
        ("t-equals-s", {"s": "abacabadAB", "t": "abacabadAB"}),
        ("single-letter-t", {"s": "bbbbbbbabbbb", "t": "a"}),
        ("t-repeats-one-letter", {"s": "abbbabba", "t": "aa"}),
        ("t-repeats-a-letter-among-others", {"s": "ABxCxxAxBxxxCAxBA", "t": "AABC"}),
        ("upper-vs-lower-trap", {"s": "abcxxxxxxxAcb", "t": "Abc"}),
        ("both-cases-needed", {"s": "xaxxxAxaAxx", "t": "aA"}),
        ("spare-copies-inside", {"s": "aaaabbbcxxbxxxaxxxxc", "t": "abc"}),
    ]


def _random_cases():
    cases = []
    rng = random.Random(7601)
    for k in range(3):
        cases.append((f"random-two-letters-{k + 1}",
                      _draw_unique(rng, rng.randint(8, 16), rng.randint(2, 5), "ab")))
    rng = random.Random(7602)
    cases.append(("random-small-mixed-case", _draw_unique(rng, 30, 4, "aAbBcC")))
    rng = random.Random(7603)
    cases.append(("random-medium-ten-letters",
                  _draw_unique(rng, 600, 12, "abcdeABCDE")))
    return cases


def _large_cases():
    cases = []

    # Quadratic "for every left end, scan right" code walks to the far end for
    # every one of the 10^5 starting points.
    cases.append(("flood-one-letter-other-at-end",
                  {"s": "a" * (MAX_LEN - 1) + "b", "t": "ab"}))

    rng = random.Random(7611)
    filler = LETTERS.replace("Z", "")
    cases.append(("single-letter-t-only-at-end",
                  {"s": _random_text(rng, MAX_LEN - 1, filler) + "Z", "t": "Z"}))

    # The only covering window is s[0:2], but every prefix of s covers t too.
    rng = random.Random(7612)
    filler = LETTERS.replace("Q", "")
    cases.append(("answer-at-start-large",
                  {"s": "Qz" + _random_text(rng, MAX_LEN - 2, filler), "t": "zQ"}))

    rng = random.Random(7613)
    filler = LETTERS.replace("x", "").replace("y", "")
    cases.append(("whole-s-is-answer-large",
                  {"s": "x" + _random_text(rng, MAX_LEN - 2, filler) + "y", "t": "yx"}))

    # t needs 40000 copies of "a": the window starts at the only "b", passes
    # the only "c" and stops exactly at the 40000th "a".
    s = "b" + "a" * 30000 + "c" + "a" * (MAX_LEN - 30002)
    cases.append(("many-copies-in-t", {"s": s, "t": "a" * 40000 + "bc"}))

    # Lower-case q and r are everywhere; only the upper-case pair counts.
    rng = random.Random(7614)
    s = _random_text(rng, MAX_LEN - 1000, LOWER) + "QR" + _random_text(rng, 998, LOWER)
    cases.append(("upper-case-pair-among-lower", {"s": s, "t": "RQ"}))

    # t has 26 distinct letters with multiplicities 1..4; the random part of s
    # only covers t with long windows, the one exact anagram of t sits near
    # the end.
    rng = random.Random(7615)
    chosen = rng.sample(LETTERS, 26)
    t = "".join(c * rng.randint(1, 4) for c in chosen)
    s = _planted(rng, t, MAX_LEN, MAX_LEN - 700, LETTERS)
    cases.append(("anagram-of-t-near-end", {"s": s, "t": t}))

    rng = random.Random(7616)
    t = "".join(rng.sample(LETTERS, 52))
    s = _planted(rng, t, MAX_LEN, 61234, LETTERS)
    cases.append(("all-52-letters-once", {"s": s, "t": t}))

    rng = random.Random(7617)
    t = "".join(c * rng.randint(1, 3) for c in LETTERS)
    s = _planted(rng, t, MAX_LEN, 40321, LETTERS)
    cases.append(("all-52-letters-with-repeats", {"s": s, "t": t}))

    # t is an anagram of s: the whole of s is the only covering window.
    rng = random.Random(7618)
    s = _random_text(rng, MAX_LEN, LETTERS)
    letters = list(s)
    rng.shuffle(letters)
    cases.append(("t-anagram-of-s-max-length", {"s": s, "t": "".join(letters)}))

    # Same shape, but t asks for one more "K" than s holds (and one "k" less).
    rng = random.Random(7619)
    s = _random_text(rng, MAX_LEN, LETTERS)
    letters = list(s)
    letters[letters.index("k")] = "K"
    rng.shuffle(letters)
    cases.append(("t-max-length-no-answer", {"s": s, "t": "".join(letters)}))

    return cases


def secret():
    return _small_cases() + _random_cases() + _large_cases()


def families():
    """Inputs of any size n = len(s) + len(t), for `judge analyze`: name -> make(n) -> args.

    Every family plants its one shortest window, so that the statement's promise holds without
    redrawing: t's letters never occur in the filler around it. Deterministic (seeded by n);
    valid for 2 <= n <= 2 * 10^5 (each string clamped to its own limit).
    """
    def clamp(length: int) -> int:
        return max(1, min(MAX_LEN, length))

    def flood(n: int) -> dict:      # every start scans to the far end
        return {"s": "a" * (max(2, clamp(n - 2)) - 1) + "b", "t": "ab"}

    def planted_long_t(n: int) -> dict:     # t a tenth of the input, in upper case
        rng = random.Random(7700 + n)
        t = _random_text(rng, clamp(n // 10), "ABCDE")
        length = clamp(n - len(t))
        length = max(length, len(t))
        return {"s": _planted(rng, t, length, (length - len(t)) // 2, LOWER), "t": t}

    def planted_alphabet(n: int) -> dict:   # 26 distinct letters in t, lower case filler
        rng = random.Random(7800 + n)
        t = UPPER
        length = max(clamp(n - len(t)), len(t))
        return {"s": _planted(rng, t, length, rng.randint(0, length - len(t)), LOWER), "t": t}

    def upper_pair_at_end(n: int) -> dict:
        rng = random.Random(7900 + n)
        length = clamp(n - 2)
        head = _random_text(rng, max(0, length - 2), LOWER)
        return {"s": head + "QR", "t": "RQ"}

    return {"flood": flood, "planted-long-t": planted_long_t, "planted-alphabet": planted_alphabet,
            "upper-pair-at-end": upper_pair_at_end}
