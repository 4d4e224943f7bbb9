"""Compare a solution's answer with the expected one, in the parent process. No I/O.

Both values are decoded JSON, so the comparison sees exactly what LeetCode's serializer would: a
tuple has already become a list, and an object that merely claims equality never got this far.
Types are strict: `"49"` is not `49`, `True` is not `1`, `49.0` is not `49`.

A checker is `check(expected, got) -> str | None`: None when the answer is accepted, otherwise
a short reason. Checkers are registered by the name a problem.toml uses in `judge.compare`.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Callable

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


CHECKERS: dict[str, Checker] = {"exact": exact, "unordered": unordered, "float": close}
