"""An answer on the parent's side: how much of it is read, and how it is compared.

The worker sends its answer as JSON text. The text is compared with the expected answer's
canonical text first (exact by construction: json.dumps wrote both, so `true` and `1`, or `49.0`
and `49`, stay apart); only a different answer is decoded, and only when it is not far larger
than the expected one nor nested too deep, so that what a solution returns cannot cost the
judge much time or memory. No I/O but the size of an answer file.
"""

from __future__ import annotations

import json

from judge.engine import protocol
from judge.engine.problems import Case, Problem
from judge.engine.verdicts import Verdict

ANSWER_FLOOR = 1 << 18          # an answer up to this size is always read and decoded...
ANSWER_RATIO = 6                # ...and one up to this many times the expected answer's size:
                                # a float within tolerance may print as -0.5000000000000001
                                # where the answer file says -0.5, four times as long
MAX_DEPTH = 100                 # an answer nested deeper is not compared (nor shown)


def size_text(n: int) -> str:
    """A size as people read it: 1 byte, 2.2 MB."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} byte" + ("" if n == 1 else "s")


def room(case: Case) -> int:
    """How much of an answer the judge reads: far more than a right one takes (the expected
    answer's file may be written more tightly than json.dumps writes), far less than a flood."""
    if case.answer_json is not None:
        return max(ANSWER_FLOOR, ANSWER_RATIO * len(case.answer_json))
    if case.answer_path is None:
        return 2**62        # the reference's own answer, bounded by Worker.answer_max
    try:
        return max(ANSWER_FLOOR, ANSWER_RATIO * case.answer_path.stat().st_size)
    except OSError:
        return ANSWER_FLOOR     # reading the answer will say what is wrong with it


def _too_deep(value, limit: int = MAX_DEPTH) -> bool:
    """Whether `value` nests lists or objects more than `limit` deep (without recursing)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, depth + 1) for c in children if isinstance(c, (list, dict)))
    return False


class _TooDeep(Exception):
    """An answer nested deeper than MAX_DEPTH: compared, or shown, it would exhaust the stack."""


def _decoded(text: bytes):
    """A worker's answer, decoded. BadMessage if it is not JSON (the worker writes JSON)."""
    try:
        got = json.loads(text)
    except RecursionError:
        raise _TooDeep from None
    except ValueError:
        raise protocol.BadMessage("an answer that is not JSON") from None
    if isinstance(got, (list, dict)) and _too_deep(got):
        raise _TooDeep
    return got


def _stored(case: Case) -> bytes | None:
    """The expected answer's bytes as the package stores them; None when there is no file or it
    cannot be read (decoding it with Case.answer will say what is wrong)."""
    if case.answer_json is not None:
        return case.answer_json.encode()
    if case.answer_path is None:
        return None
    try:
        return case.answer_path.read_bytes()
    except OSError:
        return None


def _spaced(stored: bytes) -> bytes | None:
    """Stored answer bytes as the worker writes them (json.dumps' default spacing), when spacing
    is all that can differ: they hold no string (so every comma is the JSON's own) and no space.
    Otherwise None, and the answer is decoded to be compared.

    Exact by construction: a worker's text equal to this one parses to the very same tokens as
    the stored answer, so `true` and `1`, or `49.0` and `49`, stay apart. Decoding 10^5 numbers
    and encoding them again to compare costs ~8 ms a case; this, well under 1 ms."""
    stored = stored.strip()
    if b'"' in stored or b" " in stored or not stored.isascii():
        return None
    return stored.replace(b",", b", ")


def stored_text(case: Case) -> bytes | None:
    """The case's expected answer as the worker would write it, or None (see _spaced)."""
    stored = _stored(case)
    return None if stored is None else _spaced(stored)


def check(problem: Problem, case: Case, text: bytes | None,
          size: int) -> tuple[Verdict, str, object, object]:
    """Compare an answer's JSON text with the case's expected answer:
    (verdict, problem, got, expected); `got` and `expected` are None when they were not decoded
    (a right answer recognised by its text alone, or an answer too large to read).

    Equal texts are the same value (json.dumps wrote both). Otherwise the answer is decoded and
    checked, unless it is far larger than expected or nested too deep to compare or show."""
    stored = _stored(case)          # read once: recognised as it is, or decoded from it
    quick = None if stored is None else _spaced(stored)
    if quick is not None and text == quick:
        return Verdict.AC, "", None, None
    expected = case.answer(stored if case.answer_json is None else None)
    want = protocol.canonical(expected)
    if text == want:
        return Verdict.AC, "", expected, expected
    if text is None or size > max(ANSWER_FLOOR, ANSWER_RATIO * len(want)):
        return Verdict.WA, f"the answer is {size_text(size)}; the expected answer is " \
                           f"{size_text(len(want))}", None, expected
    try:
        got = _decoded(text)
        design = problem.entry.design      # compared call by call
        found = problem.checker_for(case.args if design else None)(expected, got)
    except protocol.BadMessage as e:
        return Verdict.RE, f"{protocol.TAMPERED}: {e}", None, expected
    except (_TooDeep, RecursionError):
        return Verdict.WA, f"the answer is nested more than {MAX_DEPTH} levels deep", None, expected
    return (Verdict.WA, found, got, expected) if found else (Verdict.AC, "", got, expected)
