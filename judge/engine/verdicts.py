"""Verdicts and the results that carry them: plain frozen values, no I/O.

The overall verdict of a run is decided here and nowhere else (`Report.verdict`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    AC = "Accepted"
    WA = "Wrong Answer"
    TLE = "Time Limit Exceeded"
    MLE = "Memory Limit Exceeded"
    RE = "Runtime Error"
    CE = "Compile Error"
    RF = "Refused"              # not the student's work (a link to another file): never run
    IE = "Internal Error"

    @property
    def code(self) -> str:
        return self.name

    @property
    def title(self) -> str:
        return self.value


@dataclass(frozen=True)
class CaseResult:
    """What happened on one case. `expected` and `got` are decoded JSON values."""

    name: str
    verdict: Verdict
    time_ms: float = 0.0          # the solution's own CPU time for this call
    memory_kb: int = 0            # the worker's peak resident memory after this case
    message: str = ""
    input: dict | None = None     # filled in for failures only: reading big inputs is not free
    expected: object = None
    got: object = None
    stdout: str = ""
    stderr: str = ""
    traceback: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict is Verdict.AC


@dataclass(frozen=True)
class Limits:
    """Limits for one solution on one problem. Times are CPU milliseconds."""

    case_time_ms: int
    run_time_ms: int
    memory_mb: int
    reference_ms: float = 0.0     # the reference's slowest case, from which the times derive
    reference_cases: tuple[tuple[str, float], ...] = ()   # its CPU ms per case, by name


@dataclass(frozen=True)
class Speed:
    """The solution's time against the reference's, both measured on this machine, over the
    cases where the reference works hardest (at least a quarter of its slowest case): small
    cases say nothing, since the kernel bills CPU time in scheduler ticks of a few ms."""

    cases: int                    # how many cases the figure sums over
    time_ms: float                # the solution's CPU time on them
    reference_ms: float           # the reference's
    stopped: str = ""             # the case where the solution was stopped: a lower bound

    @property
    def ratio(self) -> float:
        return self.time_ms / self.reference_ms


MIN_REFERENCE_MS = 8.0            # two scheduler ticks: below it a ratio is noise


@dataclass(frozen=True)
class Report:
    problem: str                  # the id, as a string ("76")
    slug: str
    solution: str
    total: int                    # cases in the set, run or not
    limits: Limits
    results: tuple[CaseResult, ...] = ()
    compile_error: str = ""       # set when the solution never got to run
    internal_error: str = ""
    refused: str = ""             # why the submission was not judged: not the student's work
    sandbox: str = ""

    @property
    def verdict(self) -> Verdict:
        """LeetCode's rule: the verdict of the first case that did not pass."""
        if self.internal_error:
            return Verdict.IE
        if self.refused:
            return Verdict.RF
        if self.compile_error:
            return Verdict.CE
        failed = self.first_failure
        if failed is not None:
            return failed.verdict
        if len(self.results) < self.total:   # stopped early without a failure: a judge bug
            return Verdict.IE
        return Verdict.AC

    @property
    def first_failure(self) -> CaseResult | None:
        return next((r for r in self.results if not r.passed), None)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def time_ms(self) -> float:
        return sum(r.time_ms for r in self.results)

    @property
    def peak_memory_kb(self) -> int:
        return max((r.memory_kb for r in self.results), default=0)

    @property
    def speed(self) -> Speed | None:
        """Against the reference, on the cases it works hardest on that this run reached (a
        solution stopped for time counts with the time it had used); None when the reference's
        time there is too small to compare, or was not measured."""
        reference = dict(self.limits.reference_cases)
        if not reference:
            return None
        heavy = max(reference.values()) / 4
        used = [r for r in self.results if reference.get(r.name, 0) >= heavy and r.time_ms > 0
                and (r.passed or r.verdict is Verdict.TLE)]
        theirs = sum(reference[r.name] for r in used)
        if not used or theirs < MIN_REFERENCE_MS:
            return None
        stopped = next((r.name for r in used if r.verdict is Verdict.TLE), "")
        return Speed(len(used), sum(r.time_ms for r in used), theirs, stopped)

    @property
    def message(self) -> str:
        if self.internal_error:
            return self.internal_error
        if self.refused:
            return self.refused
        if self.compile_error:
            return self.compile_error
        failed = self.first_failure
        return failed.message if failed else ""
