"""Compare a solution's answer with the expected one, in the parent process. No I/O.

Both values are decoded JSON, so the comparison sees exactly what LeetCode's serializer would: a
tuple has already become a list, and an object that merely claims equality never got this far.
Types are strict: `"49"` is not `49`, `True` is not `1`, `49.0` is not `49`.

A checker is `check(expected, got) -> str | None`: None when the answer is accepted, otherwise
a short reason. Checkers are registered by the name a problem.toml uses in `judge.compare`.
"""

from __future__ import annotations

import functools
import json
import math
import sys
from collections import Counter
from typing import Callable

from judge.engine.protocol import RETURN

Checker = Callable[[object, object], "str | None"]


def kind(value) -> str:
    """The JSON type name of a decoded value, with bool kept apart from int."""
    if value is None:
        return "null"
    return {bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}.get(
        type(value), type(value).__name__
    )


def _difference(expected, got, path: str = "") -> str | None:
    """Describe the first place where two decoded JSON values differ, or None if they are equal."""
    if kind(expected) != kind(got):
        where = f" at {path}" if path else ""
        return f"expected {kind(expected)}{where}, got {kind(got)}"
    if isinstance(expected, list):
        for i, (e, g) in enumerate(zip(expected, got)):
            found = _difference(e, g, f"{path}[{i}]")
            if found:
                return found
        if len(expected) != len(got):
            return f"expected {len(expected)} elements{' in ' + path if path else ''}, got {len(got)}"
        return None
    if isinstance(expected, dict):
        if expected.keys() != got.keys():
            return f"keys differ{' at ' + path if path else ''}"
        for k in expected:
            found = _difference(expected[k], got[k], f"{path}[{k!r}]")
            if found:
                return found
        return None
    if expected != got:
        if isinstance(expected, str):
            i = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b),
                     min(len(expected), len(got)))
            return f"strings differ at index {i}{' of ' + path if path else ''}"
        return f"different value{' at ' + path if path else ''}"
    return None


def exact(expected, got) -> str | None:
    return _difference(expected, got)


# --- answers in any order, and real-valued answers --------------------------------------------
# Self-contained: the canonical key below keeps JSON types apart (1, 1.0 and true are three
# different keys) and orders every decoded value, so an order-free comparison is a Counter of
# keys, O(n), never a search of one list for each element of the other.

SHOWN = 80              # characters of one element shown in a message
DEFAULT_TOLERANCE = 1e-5
_RANK = {type(None): 0, bool: 1, int: 2, float: 3, str: 4, list: 5, dict: 6}


def key(value):
    """A hashable, totally ordered stand-in for a decoded JSON value: equal keys exactly when
    `exact` finds the values equal (a NaN, which equals nothing, still gets a key, so that a
    hostile answer cannot break the comparison). A list of plain ints, the common case, is
    keyed by its own tuple, tagged apart from every other list."""
    t = type(value)
    if t is list:
        if all(type(v) is int for v in value):
            return 5, 0, tuple(value)
        return 5, 1, tuple(map(key, value))
    if t is float:
        return (3, 0, value) if value == value else (3, 1, 0.0)
    if t is dict:
        return 6, tuple(sorted((k, key(v)) for k, v in value.items()))
    return _RANK.get(t, 7), value


def shown(value) -> str:
    """An element as JSON, so that 1, 1.0 and true look different, clipped for one line."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= SHOWN else text[:SHOWN - 3] + "..."


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _compare_bags(expected: list, got: list, expected_keys: list, got_keys: list,
                  noun: str) -> str | None:
    """The first element (in expected order) that is missing or too rare, or (in the answer's
    order) not expected or too frequent; None when the two bags are equal."""
    want, have = Counter(expected_keys), Counter(got_keys)
    if dict.__eq__(want, have):     # no zero counts here: the same as Counter's ==, in C
        return None
    missing = [(e, k) for e, k in zip(expected, expected_keys) if have[k] < want[k]]
    extra = [(g, k) for g, k in zip(got, got_keys) if have[k] > want[k]]
    parts = []
    if missing:
        e, k = missing[0]
        parts.append(f"the {noun} {shown(e)} is missing" if not have[k] else
                     f"the {noun} {shown(e)} appears {_times(have[k])}, expected {_times(want[k])}")
    if extra:
        g, k = extra[0]
        parts.append(f"the {noun} {shown(g)} is not expected" if not want[k] else
                     f"the {noun} {shown(g)} appears {_times(have[k])}, expected {_times(want[k])}")
    lost = sum((want - have).values())
    added = sum((have - want).values())
    counts = f"{lost} missing and {added} extra in all" if lost and added else \
        f"{lost} missing in all" if lost else f"{added} extra in all"
    total = f"{len(expected)} {noun}" + ("" if len(expected) == 1 else "s")
    return "; ".join(parts) + f" ({counts}; expected {total}, got {len(got)}, in any order)"


def unordered(expected, got) -> str | None:
    """A list whose order does not matter ("return the indices in any order"). The elements
    themselves are compared exactly: 1.0 is not 1, true is not 1, [1, 2] is not [2, 1]."""
    if kind(got) != "list":
        return f"expected a list, got {kind(got)}"
    if kind(expected) != "list":
        return exact(expected, got)
    if _all_ints(expected) and _all_ints(got):      # the common case: an int is its own key
        return _compare_bags(expected, got, expected, got, "element")
    return _compare_bags(expected, got, list(map(key, expected)), list(map(key, got)), "element")


def _all_ints(values) -> bool:
    return all(type(v) is int for v in values)


def _group_noun(expected: list, got: list) -> str:
    """What a learner calls the groups: triplets when every expected group (or, none expected,
    every group of the answer) holds three."""
    sizes = {len(g) for g in expected or got}
    return {2: "pair", 3: "triplet", 4: "quadruplet"}.get(sizes.pop(), "group") \
        if len(sizes) == 1 else "group"


def unordered_groups(expected, got) -> str | None:
    """A list of groups where neither the order of the groups nor the order inside a group
    matters (3Sum's triplets). Each group is a bag: [-1, 0, 1] is [1, -1, 0], but a group or an
    element given twice counts twice. Sorting each group's keys makes it one canonical key."""
    if kind(got) != "list":
        return f"expected a list of lists, got {kind(got)}"
    if kind(expected) != "list" or not all(type(g) is list for g in expected):
        return exact(expected, got)
    if not all(type(g) is list for g in got):
        i, g = next((i, g) for i, g in enumerate(got) if type(g) is not list)
        return f"element {i} of the answer is {kind(g)} {shown(g)}, not a list"
    noun = _group_noun(expected, got)
    return _compare_bags(expected, got, _group_keys(expected), _group_keys(got), noun)


def _group_keys(groups: list) -> list:
    """Each group's key: its sorted elements. Groups of plain ints (all of them, usually) are
    keyed by their own sorted tuple, tagged apart from groups keyed element by element."""
    if all(type(v) is int for g in groups for v in g):
        return [(0, tuple(sorted(g))) for g in groups]
    return [(0, tuple(sorted(g))) if _all_ints(g) else (1, tuple(sorted(map(key, g))))
            for g in groups]


_LARGEST = int(sys.float_info.max)


def _number(value) -> bool:
    return type(value) in (int, float)


def _close_number(expected, got, tolerance: float, where: str, relative: bool) -> str | None:
    if not _number(got):
        what = "null" if got is None else f"{kind(got)} {shown(got)}"
        return f"{where}is {what}, not a number"
    if type(got) is int and abs(got) > _LARGEST:    # no float holds it: math would overflow
        return f"{where}is an integer of {len(str(abs(got)))} digits, far from " \
               f"{shown(expected)}"
    if not math.isfinite(got):
        return f"{where}is {shown(got)}, which is never accepted (expected {shown(expected)})"
    if not _number(expected) or not math.isclose(expected, got, abs_tol=tolerance,
                                                 rel_tol=tolerance if relative else 0.0):
        off = abs(expected - got) if _number(expected) and math.isfinite(expected) else math.nan
        return f"{where}differs by {off:.2g} (expected {shown(expected)}, got {shown(got)}; " \
               f"allowed: {tolerance:g}{', absolute or relative' if relative else ''})"
    return None


def _passing(expected: list, got: list, tolerance: float, relative: float) -> int:
    """How many leading pairs are two floats within `tolerance`: a fast pass over the flat part
    of an answer, leaving every message (and NaN, infinity, ints, lists) to the full check. It
    accepts only what _close_number accepts (relative to the expected value, finite)."""
    for i, (e, g) in enumerate(zip(expected, got)):
        if type(e) is float and type(g) is float:
            d = abs(e - g)
            if d <= tolerance or d <= relative * abs(e):     # never true for NaN or inf
                continue
        return i
    return len(expected)


def close(expected, got, tolerance: float = DEFAULT_TOLERANCE, relative: bool = True
          ) -> str | None:
    """Real-valued answers: a number, or a list of numbers (nested as deep as the expected
    answer), each within `tolerance` of the expected one, absolute or relative. An int stands
    for its float, as LeetCode reads it; a bool, NaN or infinity never passes."""
    stack = [(expected, got, "")]
    while stack:
        e, g, path = stack.pop()
        if kind(e) != "list":
            where = f"element {path} " if path else "the answer "
            found = _close_number(e, g, tolerance, where, relative)
            if found:
                return found
            continue
        if kind(g) != "list":
            return f"expected a list{' at ' + path if path else ''}, got {kind(g)} {shown(g)}"
        if len(e) != len(g):
            return f"expected {len(e)} numbers{' in element ' + path if path else ''}, " \
                   f"got {len(g)}"
        stack.extend((e[i], g[i], f"{path}[{i}]" if path else str(i))
                     for i in range(len(e) - 1,
                                    _passing(e, g, tolerance, tolerance * relative) - 1, -1))
    return None


SHOWN = 12             # elements of a list a message shows whole


def in_place_prefix(expected, got) -> str | None:
    """Changed in place, LeetCode's way (26, 27, 80): the returned k must be right, then the first
    k elements of each changed argument; what lies beyond them is not read."""
    if kind(got) != "dict" or set(got) != set(expected):
        return "not an in-place answer (the return value and the changed arguments)"
    found = _difference(expected[RETURN], got[RETURN])
    if found:
        return f"returned {got[RETURN]!r}, expected {expected[RETURN]!r} ({found})"
    k = expected[RETURN]
    for name in (n for n in expected if n != RETURN):
        if kind(got[name]) != "list":
            return f"{name} is now {kind(got[name])}, not a list"
        want, have = expected[name][:k], got[name][:k]
        if _difference(want, have):
            i = next((i for i, (a, b) in enumerate(zip(want, have)) if _difference(a, b)),
                     min(len(want), len(have)))
            if len(want) <= SHOWN:
                return f"{name}[:{k}] should be {want!r}, is {have!r}"
            if i >= len(have):
                return f"{name}[:{k}] should have {len(want)} elements, {name} has {len(have)}"
            return f"{name}[:{k}] differs at index {i}: should be {want[i]!r}, is {have[i]!r}"
    return None


def _short(value, limit: int = 60) -> str:
    text = json.dumps(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _call_text(name: str, args) -> str:
    shown = ", ".join(json.dumps(a) for a in args) if isinstance(args, list) else ""
    return f"{name}({shown if len(shown) <= 60 else shown[:57] + '...'})"


def calls(expected, got, case: dict | None, by_method: dict[str, Checker],
          default: Checker) -> str | None:
    """A design problem's answer: what each call returned (null for the constructor and for
    methods LeetCode shows as null), compared call by call with the checker of the method called
    (`default` without the case's call sequence). Names the first call that differs."""
    if kind(got) != "list":
        return f"expected a list of returns, got {kind(got)}"
    operations = (case or {}).get("operations") or []
    arguments = (case or {}).get("arguments") or []
    for i, (want, have) in enumerate(zip(expected, got)):
        name = operations[i] if i < len(operations) else ""
        check = by_method.get(name, default)
        found = _difference(want, have) if want is None or have is None else check(want, have)
        if found:
            where = f"call {i + 1}: " + _call_text(name, arguments[i] if i < len(arguments)
                                                   else []) if name else f"call {i + 1}"
            return f"{where} returned {_short(have)}, expected {_short(want)} ({found})"
    if len(expected) != len(got):
        return f"expected {len(expected)} returns, got {len(got)}"
    return None


def close_absolute(expected, got, tolerance: float = DEFAULT_TOLERANCE) -> str | None:
    """`close` with an absolute tolerance only, as LeetCode states it for 480 ("within 1e-5 of
    the actual value"): near 2^31 a relative 1e-5 would let an answer 0.5 off pass."""
    return close(expected, got, tolerance, relative=False)


CHECKERS: dict[str, Checker] = {"exact": exact, "unordered": unordered,
                                "unordered_groups": unordered_groups, "float": close,
                                "float_absolute": close_absolute,
                                "in_place_prefix": in_place_prefix}

# Options a checker takes from problem.toml's [judge] table, with their defaults.
OPTIONS: dict[str, dict[str, float]] = {"float": {"tolerance": DEFAULT_TOLERANCE},
                                        "float_absolute": {"tolerance": DEFAULT_TOLERANCE}}


def options(name: str, table: dict) -> tuple[tuple[str, float], ...]:
    """The options of checker `name` set in a [judge] table. ValueError, saying what to write,
    for an option of another checker or a value out of range."""
    chosen = []
    known: dict[str, str] = {}          # each option, by the first checker that takes it
    for checker, defaults in OPTIONS.items():
        for option in defaults:
            known.setdefault(option, checker)
    for option, checker in known.items():
        if option in table:
            value = table[option]
            if option not in OPTIONS.get(name, {}):
                raise ValueError(f"`judge.{option}` is an option of compare = \"{checker}\", "
                                 f"not of {name!r}")
            if type(value) not in (int, float) or not 0 < value < 1:
                raise ValueError(f"`judge.{option}` must be a number between 0 and 1, like "
                                 f"1e-5, not {value!r}")
            chosen.append((option, float(value)))
    return tuple(chosen)


def configured(name: str, chosen: tuple[tuple[str, float], ...] = ()) -> Checker:
    """Checker `name` with the options a problem set (the rest keep their defaults)."""
    checker = CHECKERS[name]
    if not chosen:
        return checker
    return functools.partial(checker, **dict(chosen))
