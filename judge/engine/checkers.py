"""Compare a solution's answer with the expected one, in the parent process. No I/O.

Both values are decoded JSON, so the comparison sees exactly what LeetCode's serializer would: a
tuple has already become a list, and an object that merely claims equality never got this far.
Types are strict: `"49"` is not `49`, `True` is not `1`, `49.0` is not `49`.

A checker is `check(expected, got) -> str | None`: None when the answer is accepted, otherwise
a short reason. Checkers are registered by the name a problem.toml uses in `judge.compare`.
"""

from __future__ import annotations

import json
import math
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


def unordered(expected, got) -> str | None:
    """A list whose order does not matter (e.g. "return all combinations in any order")."""
    if kind(got) != "list":
        return f"expected list, got {kind(got)}"
    key = repr
    if Counter(map(key, expected)) != Counter(map(key, got)):
        return "the lists hold different elements (order is ignored)"
    return None


def close(expected, got, tolerance: float = 1e-5) -> str | None:
    """Floats within an absolute or relative tolerance, as judges do for real-valued answers."""
    if kind(got) not in ("float", "int"):
        return f"expected a number, got {kind(got)}"
    if not math.isclose(float(expected), float(got), rel_tol=tolerance, abs_tol=tolerance):
        return f"differs by more than {tolerance:g}"
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


CHECKERS: dict[str, Checker] = {"exact": exact, "unordered": unordered, "float": close,
                                "in_place_prefix": in_place_prefix}
