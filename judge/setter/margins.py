"""Known-verdict submissions and the margins of the time limit, for `judge check`.

Every file under submissions/<verdict>/ must get the verdict its folder names, and the limit must
sit far from all of them: a verdict that changes between half and double the limit is reported as
sensitive. Runs the submissions in worker processes; no printing.

Running everything three times would triple the cost, and the time-limit submissions at double
the limit are the slowest runs of all. So the run at the limit lets a case that runs out of time
go on to double the limit (the verdict at the limit is the same: Time Limit Exceeded), which
decides the verdict at double the limit for a case that never ends without running it again;
and only the cases whose verdict could change run again:
- at half the limit a Time Limit Exceeded stays one, and any other verdict can only become one on
  a case that used more than a quarter of the limit, on the failing case (a crash may leave its
  time unknown), or everywhere when the total came near half the run limit;
- at double the limit only a Time Limit Exceeded can change, on the case that ran out of time.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from judge.engine.problems import Case, Problem
from judge.engine.runner import judge
from judge.engine.verdicts import Limits, Report, Verdict

FOLDER_VERDICT = {
    "accepted": Verdict.AC, "wrong_answer": Verdict.WA, "time_limit_exceeded": Verdict.TLE,
    "memory_limit_exceeded": Verdict.MLE, "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
}
WANTED = {
    "accepted": "add the intended approach in a few styles, and every slower approach a fair "
                "interviewer accepts",
    "wrong_answer": "add subtle mistakes that only some inputs expose",
    "time_limit_exceeded": "add a correct brute force that must exceed the limit",
    "memory_limit_exceeded": "add a solution that must run out of memory (a quadratic table)",
    "runtime_error": "add a solution that must crash (an index error, a recursion limit)",
    "compile_error": "add a file that does not compile",
}


@dataclass(frozen=True)
class SubmissionCheck:
    path: str                 # relative to submissions/, e.g. "accepted/deque.py"
    expected: Verdict
    verdict: Verdict
    message: str
    case: str                 # the slowest case when accepted, else the failing one
    case_ms: float            # that case's CPU time
    total_ms: float
    at_half: Verdict
    at_double: Verdict
    double_case: str = ""     # Time Limit Exceeded: the case that ran out at double the limit,
    over_ms: float = 0.0      # and the CPU time it had used
    seconds: float = 0.0      # wall time of all its runs
    vs_reference: float = 0.0  # its time over the reference's (Report.speed); 0 when unknown
    vs_stopped: bool = False   # stopped for time: the ratio is a lower bound

    @property
    def sensitive(self) -> bool:
        return self.at_half is not self.verdict or self.at_double is not self.verdict

    @property
    def ok(self) -> bool:
        return self.verdict is self.expected and not self.sensitive


def scaled(limits: Limits, factor: float) -> Limits:
    return replace(limits, case_time_ms=round(limits.case_time_ms * factor),
                   run_time_ms=round(limits.run_time_ms * factor))


def _rerun(problem: Problem, path: Path, cases: list[Case], limits: Limits,
           patience: float = 1.0) -> Report:
    return judge(problem, path, tuple(cases), limits, stop_on_failure=True, patience=patience)


def _at_half(problem: Problem, path: Path, report: Report, cases: dict[str, Case]) -> Verdict:
    verdict = report.verdict
    if verdict in (Verdict.TLE, Verdict.CE, Verdict.IE):
        return verdict
    half = scaled(report.limits, 0.5)
    risky = [r for r in report.results if r.time_ms > half.case_time_ms / 2 or not r.passed]
    if report.time_ms > half.run_time_ms / 2:
        risky = list(report.results)
    if not risky:
        return verdict
    # Patient with the clock, as at double the limit: the question is whether the case's CPU time
    # fits half the limit, and on a loaded machine the wall-clock backstop would stop it first.
    again = _rerun(problem, path, [cases[r.name] for r in risky], half, patience=PATIENCE)
    return Verdict.TLE if again.verdict is Verdict.TLE else verdict


PATIENCE = 4     # the reruns at half and double the limit wait this many times longer in wall time
OVERRUN = 2      # the run at the limit stops a case over it only past double the limit, so
                 # that a case that never ends is known to fail at double too, without a rerun
CPU_CAP_MS = 1000   # and the kernel stops its CPU this far past the doubled case limit


def _at_double(problem: Problem, path: Path, report: Report,
               cases: tuple[Case, ...]) -> tuple[Verdict, str, float]:
    """The verdict at double the limit, the case that decides it and, for a Time Limit Exceeded,
    the CPU time that case had used, unfinished.

    The cases before the failing one passed already and are not run again. From the failing one
    on, each case runs alone. The judge stops it as soon as its CPU time passes the doubled case
    limit (the kernel caps the worker's CPU just past it, as a backstop), so a case that never
    ends costs 2x the limit in CPU time, no more; and it may take PATIENCE times longer in wall
    time than a normal run allows, so that on a loaded machine a case is not stopped by the
    clock before it has had its doubled share of CPU. Whether it
    fails at double the limit is then decided here from the CPU it used, as the runner would,
    and the run limit is applied to the sum.
    """
    if report.verdict is not Verdict.TLE:
        return report.verdict, "", 0.0
    double = scaled(report.limits, 2)
    last = report.results[-1] if report.results else None
    if last is not None and last.verdict is Verdict.TLE and last.time_ms > double.case_time_ms:
        # The run at the limit went on to double it (OVERRUN) and the case was still unfinished:
        # every case before it passed, so at double the limit this case is the one that fails.
        return Verdict.TLE, last.name, last.time_ms
    capped = replace(double, run_time_ms=double.case_time_ms + CPU_CAP_MS)
    done = list(report.results[:-1])
    if report.time_ms > report.limits.run_time_ms:    # the run as a whole ran out of time
        done = []
    spent = sum(r.time_ms for r in done)
    for case in cases[len(done):]:
        alone = _rerun(problem, path, [case], capped, patience=PATIENCE)
        used = alone.results[-1].time_ms if alone.results else 0.0
        spent += used
        if alone.verdict is Verdict.TLE and used == 0.0:
            # Killed by the CPU cap, which has no figure of its own: the process had used
            # double the case limit plus CPU_CAP_MS, start-up included, so the case at least
            # double the limit.
            return Verdict.TLE, case.name, float(double.case_time_ms)
        if alone.verdict is Verdict.TLE or used > double.case_time_ms:
            return Verdict.TLE, case.name, used
        if alone.verdict is not Verdict.AC:
            return alone.verdict, case.name, 0.0
        if spent > double.run_time_ms:
            return Verdict.TLE, case.name, used
    return Verdict.AC, "", 0.0


def _submission(problem: Problem, path: Path, secret: tuple[Case, ...],
                limits: Limits) -> SubmissionCheck:
    started = time.monotonic()
    cases = {c.name: c for c in secret}
    shown = f"{path.parent.name}/{path.name}"
    # As patient with the clock as the rerun at double the limit is: a case over the limit must
    # get to double it on a loaded machine, or it is run again (and its overrun was wasted).
    report = judge(problem, path, secret, limits, shown=shown, overrun=OVERRUN,
                   patience=OVERRUN * PATIENCE)
    if report.verdict is Verdict.AC:
        slowest = max(report.results, key=lambda r: r.time_ms)
    else:
        slowest = report.first_failure
    double, double_case, over = _at_double(problem, path, report, secret)
    return SubmissionCheck(
        path=shown, expected=FOLDER_VERDICT[path.parent.name], verdict=report.verdict,
        message=report.message, case=slowest.name if slowest else "",
        case_ms=slowest.time_ms if slowest else 0.0, total_ms=round(report.time_ms, 3),
        at_half=_at_half(problem, path, report, cases), at_double=double,
        double_case=double_case, over_ms=over, seconds=round(time.monotonic() - started, 2),
        vs_reference=report.speed.ratio if report.speed else 0.0,
        vs_stopped=bool(report.speed and report.speed.stopped))


def start(problem: Problem, limits: Limits, pool: ThreadPoolExecutor) -> list[Future]:
    """Queue every submission; the time-limit ones first, since they take longest."""
    paths = [p for folder in FOLDER_VERDICT
             for p in sorted((problem.root / "submissions" / folder).glob("*.py"))]
    paths.sort(key=lambda p: p.parent.name != "time_limit_exceeded")
    secret = problem.cases("secret")     # read once for all the submissions
    return [pool.submit(_submission, problem, p, secret, limits) for p in paths]


def findings(limits: Limits, checks: tuple[SubmissionCheck, ...]) -> tuple[str, list]:
    """(summary, [(ok, line), ...]): one line per submission, saying how long it took."""
    lines = [(True, f"limits: {limits.case_time_ms} ms per case, {limits.run_time_ms} ms per run "
                    f"(the reference's slowest case takes {limits.reference_ms:g} ms)")]
    for c in checks:
        lines.append((c.ok, f"{c.verdict.code:<3} {c.path}: {_how(c, limits)}"))
        if c.verdict is not c.expected:
            lines.append((False, f"    expected {c.expected.title}, got {c.verdict.title}: "
                                 f"{c.message}"))
        if c.sensitive:
            lines.append((False, f"    sensitive: {c.at_half.title} at half the limit, "
                                 f"{c.at_double.title} at double"))
    accepted = [c for c in checks if c.verdict is Verdict.AC and c.case_ms > 0]
    timed_out = [c for c in checks if c.verdict is Verdict.TLE and c.over_ms > 0]
    parts = [f"{sum(c.verdict is c.expected for c in checks)}/{len(checks)} get their verdict"]
    if accepted:
        worst = max(accepted, key=lambda c: max(c.case_ms / limits.case_time_ms,
                                                c.total_ms / limits.run_time_ms))
        parts.append(f"slowest accepted {worst.path} {_under(worst, limits):.0f}x under the limit")
    if timed_out:
        least = min(timed_out, key=lambda c: c.over_ms)
        parts.append(f"every time-limit one > {least.over_ms / limits.case_time_ms:.1f}x over")
    sensitive = sum(c.sensitive for c in checks)
    parts.append(f"{sensitive} sensitive to halving or doubling the limit")
    return "; ".join(parts), lines


def _under(c: SubmissionCheck, limits: Limits) -> float:
    return min(limits.case_time_ms / max(c.case_ms, 1e-3),
               limits.run_time_ms / max(c.total_ms, 1e-3))


def _how(c: SubmissionCheck, limits: Limits) -> str:
    if c.verdict is Verdict.AC:
        return (f"slowest case {c.case} {c.case_ms:.1f} ms, {c.total_ms:.0f} ms in all: "
                f"{_under(c, limits):.0f}x under the limit" + _against(c))
    if c.verdict is Verdict.TLE and c.over_ms:
        first = "" if c.double_case == c.case else \
            f"case {c.case} over the limit ({c.case_ms:.0f} ms); at double the limit "
        return (f"{first}case {c.double_case} still unfinished after {c.over_ms:.0f} ms of CPU "
                f"at double the limit (> {c.over_ms / limits.case_time_ms:.1f}x the limit)")
    if c.verdict is Verdict.CE:
        return c.message.splitlines()[0] if c.message else "does not compile"
    return f"case {c.case} after {c.case_ms:.0f} ms: {c.message.splitlines()[0][:100]}" \
        if c.message else f"case {c.case}"


def _against(c: SubmissionCheck) -> str:
    """The figure every report gives: its time over the reference's on the heavy cases."""
    if not c.vs_reference:
        return ""
    ratio = f"{c.vs_reference:.1f}x" if c.vs_reference < 10 else f"{c.vs_reference:.0f}x"
    return f", {'more than ' if c.vs_stopped else ''}{ratio} the reference's time"
