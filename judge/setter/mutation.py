"""The mutation score of a problem's hidden cases, for `judge check`.

Each mutant of the reference (mutants.py) is judged like any solution, in a worker, on the hidden
cases under the problem's real limits, and stops at its first failing case. A mutant the cases do
not kill must be listed in the package's `equivalent_mutants.toml` with the reason it computes the
same answers; a listed mutant that is killed, or that no longer exists, is an error too, so the
list cannot go stale. Reads that file and writes mutants to a temporary folder.
"""

from __future__ import annotations

import tempfile
import time
import tomllib
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from judge.errors import ProblemError
from judge.setter.mutants import Mutant, mutants
from judge.engine.problems import Case, Problem
from judge.engine.runner import judge
from judge.engine.verdicts import Limits, Verdict

EQUIVALENTS = "equivalent_mutants.toml"


@dataclass(frozen=True)
class Equivalent:
    id: str
    mutant: str       # the mutant's description when it was listed: a changed line shows
    reason: str


@dataclass(frozen=True)
class MutantCheck:
    id: str
    description: str
    verdict: Verdict  # Accepted: it survived every hidden case
    case: str         # the case that killed it
    equivalent: str   # the listed reason, or ""
    seconds: float = 0.0

    @property
    def killed(self) -> bool:
        return self.verdict not in (Verdict.AC, Verdict.IE)

    @property
    def ok(self) -> bool:
        return self.killed != bool(self.equivalent) and self.verdict is not Verdict.IE


def equivalents(problem: Problem) -> tuple[Equivalent, ...]:
    path = problem.root / EQUIVALENTS
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ProblemError(f"{path}: not valid TOML: {e}") from None
    found = []
    for i, entry in enumerate(data.get("equivalent", [])):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry[k]
                                                  for k in ("id", "mutant", "reason")):
            raise ProblemError(f"{path}: [[equivalent]] number {i + 1} needs `id`, `mutant` and "
                               "`reason`, all non-empty strings")
        found.append(Equivalent(entry["id"], entry["mutant"], entry["reason"]))
    return tuple(found)


def _run(problem: Problem, mutant: Mutant, cases: tuple[Case, ...], limits: Limits, path: Path,
         reason: str) -> MutantCheck:
    started = time.monotonic()
    path.write_text(mutant.source, encoding="utf-8")
    report = judge(problem, path, cases, limits, shown=f"mutant {mutant.id}")
    failed = report.first_failure
    return MutantCheck(mutant.id, mutant.description, report.verdict,
                       failed.name if failed else "", reason, round(time.monotonic() - started, 2))


def start(problem: Problem, limits: Limits, pool: ThreadPoolExecutor,
          listed: tuple[Equivalent, ...]) -> list[Future]:
    """Queue every mutant of reference.py. The temporary folder lives until the last one ends."""
    listed = {e.id: e for e in listed}
    folder = tempfile.TemporaryDirectory(prefix="judge-mutants-")
    found = mutants((problem.root / "reference.py").read_text(encoding="utf-8"))
    cases = problem.cases("secret")     # read once for all the mutants
    futures = [pool.submit(_run, problem, m, cases, limits, Path(folder.name) / f"mutant-{i}.py",
                           listed[m.id].reason if m.id in listed else "")
               for i, m in enumerate(found, 1)]
    _Cleanup(folder, futures)
    return futures


class _Cleanup:
    """Remove the mutants' folder once every job that reads it is done."""

    def __init__(self, folder: tempfile.TemporaryDirectory, futures: list[Future]):
        self.folder, self.left = folder, len(futures)
        if not futures:
            folder.cleanup()
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, _):
        self.left -= 1
        if self.left == 0:
            self.folder.cleanup()


def stale(problem: Problem, checks: tuple[MutantCheck, ...]) -> list[str]:
    """Entries of equivalent_mutants.toml that name no current mutant, or describe it wrongly."""
    current = {c.id: c.description for c in checks}
    lines = []
    for e in equivalents(problem):
        if e.id not in current:
            lines.append(f"{EQUIVALENTS}: `{e.id}` is not a mutant of reference.py any more: "
                         "remove the entry")
        elif current[e.id] != e.mutant:
            lines.append(f"{EQUIVALENTS}: `{e.id}` now means {current[e.id]!r}, not "
                         f"{e.mutant!r}: check the reason and update the entry")
    return lines


def score(checks: tuple[MutantCheck, ...]) -> float:
    """The share of mutants killed, in percent, leaving out those shown to be equivalent."""
    survivors_listed = sum(1 for c in checks if c.equivalent and c.verdict is Verdict.AC)
    relevant = len(checks) - survivors_listed
    return 100.0 * sum(c.killed for c in checks) / relevant if relevant else 100.0


def findings(problem: Problem, checks: tuple[MutantCheck, ...]) -> tuple[str, list]:
    """(summary, [(ok, line), ...]): the score, how mutants died, every survivor and error."""
    killed = [c for c in checks if c.killed]
    equivalent = [c for c in checks if c.equivalent]
    relevant = len(checks) - sum(1 for c in equivalent if c.verdict is Verdict.AC)
    how = Counter(c.verdict.code for c in killed)
    lines = [(True, "killed by " + ", ".join(f"{how[v]} {v}" for v in sorted(how)))] if how else []
    for c in checks:
        if c.verdict is Verdict.IE:
            lines.append((False, f"{c.id}: the judge failed on this mutant ({c.description})"))
        elif c.equivalent and c.killed:
            lines.append((False, f"{c.id} is listed as equivalent but case {c.case} kills it "
                                 f"({c.verdict.code}): remove it from {EQUIVALENTS}"))
        elif not c.equivalent and not c.killed:
            lines.append((False, f"{c.id} survives: {c.description}; add a case to generator.py "
                                 f"that kills it, or list it in {EQUIVALENTS} with the reason"))
        elif c.equivalent:
            reason = c.equivalent if len(c.equivalent) <= 110 else c.equivalent[:107] + "..."
            lines.append((True, f"{c.id} equivalent: {reason}"))
    lines += [(False, text) for text in stale(problem, checks)]
    summary = (f"{len(checks)} mutants of reference.py: {len(killed)} killed, "
               f"{len(equivalent)} equivalent, {relevant - len(killed)} survive or failed: "
               f"score {score(checks):.0f}% of non-equivalent mutants")
    return summary, lines
