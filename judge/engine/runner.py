"""Judge a solution on cases: feed them to a worker (judge.engine.spawn), bill each from the
kernel, compare its answer with the expected one, and turn it all into a Report.

Expected answers are read here, after the worker has answered, and never reach it. An answer
stays JSON text: compared with the expected answer's text first, and decoded only within a
bound (so what a solution returns cannot cost the judge much time or memory).
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from judge.engine import answers, protocol
from judge.engine.problems import Case, Problem
from judge.engine.spawn import IMPORT_TIMEOUT_S, Death, Worker
from judge.engine.verdicts import CaseResult, Limits, Report, Verdict
from judge.errors import ProblemError, UsageError


def _case_result(problem: Problem, case: Case, raw: dict | Death, limits: Limits,
                 cpu_so_far: float, keep_values: bool) -> CaseResult:
    """Decide one case's verdict from what the worker reported and the expected answer."""
    if isinstance(raw, Death):
        return _death_result(case, raw, limits, cpu_so_far, keep_values)
    cpu = raw["cpu_ms"]
    common = dict(time_ms=round(cpu, 3), memory_kb=raw["rss_kb"], stdout=raw["stdout"],
                  stderr=raw["stderr"])
    status = raw["status"]
    verdict, message, got, expected = Verdict.AC, "", None, None
    if status == protocol.TIMEOUT or cpu > limits.case_time_ms:
        verdict = Verdict.TLE
        message = f"case {case.name} took more than the {limits.case_time_ms} ms limit" + \
            (f" ({cpu:.0f} ms of CPU)" if status == protocol.OK else " and was stopped")
    elif cpu_so_far + cpu > limits.run_time_ms:
        verdict = Verdict.TLE
        message = f"the total time limit of {limits.run_time_ms} ms ran out at case {case.name}"
    elif status == protocol.MEMORY:
        verdict = Verdict.MLE
        message = f"case {case.name} needed more than the {limits.memory_mb} MB memory limit"
    elif status == protocol.ERROR:
        verdict = Verdict.RE
        if raw["error_type"] == "NotImplementedError":
            message = "the solution is not written yet: it raises NotImplementedError"
        else:
            message = f"{raw['error_type']}: {raw['message']}".rstrip(": ")
        if raw["call"]:         # a design case: which call raised
            message = f"{raw['call']}: {message}"
    elif status == protocol.BAD_RETURN:
        verdict, message = Verdict.WA, raw["message"]
    else:
        verdict, problem_with_answer, got, expected = answers.check(
            problem, case, raw["answer_text"], raw["answer_bytes"])
        if verdict is Verdict.WA:
            message = f"wrong answer on case {case.name}: {problem_with_answer}"
        elif verdict is Verdict.RE:
            message = problem_with_answer
    if verdict is Verdict.AC and not keep_values:
        return CaseResult(case.name, verdict, **common)
    # The expected answer is shown with a wrong one, or beside every output of `judge test`.
    if expected is None and case.has_answer and (keep_values or verdict is Verdict.WA):
        expected = case.answer()
        if verdict is Verdict.AC:
            got = expected      # recognised by its text: the same value
    return CaseResult(case.name, verdict, message=message, input=case.args, expected=expected,
                      got=got, traceback=raw["traceback"], **common)


def _death_result(case: Case, death: Death, limits: Limits, cpu_so_far: float,
                  keep_values: bool) -> CaseResult:
    """A case the worker died on: billed the CPU it used, a time-out if that was too much."""
    verdict, message = death.verdict, death.message
    if verdict is not Verdict.TLE and death.cpu_ms > limits.case_time_ms:
        verdict = Verdict.TLE
        message = f"case {case.name} took more than the {limits.case_time_ms} ms limit " \
                  f"({death.cpu_ms:.0f} ms of CPU); then {message}"
    elif verdict is not Verdict.TLE and cpu_so_far + death.cpu_ms > limits.run_time_ms:
        verdict = Verdict.TLE
        message = f"the total time limit of {limits.run_time_ms} ms ran out at case {case.name}"
    expected = case.answer() if keep_values and case.has_answer else None
    return CaseResult(case.name, verdict, time_ms=round(death.cpu_ms, 3),
                      memory_kb=death.memory_kb, message=message, input=case.args,
                      expected=expected, stderr=death.stderr)



def judge(problem: Problem, solution: Path, cases: tuple[Case, ...], limits: Limits, *,
          stop_on_failure: bool = True, shown: str | None = None, require_sandbox: bool = False,
          keep_values: bool = False, patience: float = 1.0, overrun: float = 1.0,
          on_result: Callable[[CaseResult, int], None] | None = None, jobs: int = 1) -> Report:
    """Run `solution` on `cases` in worker processes and return the Report.

    `on_result(result, total)` is called after each case, in the cases' order, so that a caller
    can show progress. With `require_sandbox`, a machine where the sandbox is partial raises
    UsageError before any of the solution's code runs.

    Inputs and answers are kept in the results of failed cases, or of every case with
    `keep_values` (for the examples, where the user wants to see them all).

    `patience` stretches the wall-clock backstops only, and a case over its limit is stopped
    at `overrun` times it (judge.engine.spawn.Worker); neither changes a verdict.

    `jobs` workers run at once (_Lanes), each taking the next case in order: the report is the
    one a single worker gives, only sooner on a machine with that many idle cores. A worker
    that dies is replaced for the remaining cases when every case is wanted (`--all`).
    """
    shown = shown or str(solution)
    results: list[CaseResult] = []
    base = dict(problem=str(problem.id), slug=problem.slug, solution=shown, total=len(cases),
                limits=limits)
    cpu_total = 0.0
    start = functools.partial(Worker, problem, solution, limits, shown,
                              require_sandbox=require_sandbox, patience=patience, overrun=overrun)
    with _Lanes(start, cases, max(1, min(jobs, len(cases))), stop_on_failure) as lanes:
        for index, case in enumerate(cases):
            raw = lanes.outcome(index)
            if isinstance(raw, _Start):     # this case's worker did not get to run it
                return _start_failure(raw, base, results, case, len(cases), on_result)
            base["sandbox"] = lanes.sandbox
            result = _case_result(problem, case, raw, limits, cpu_total, keep_values)
            results.append(result)
            if on_result is not None:
                on_result(result, len(cases))
            cpu_total += result.time_ms
            if not result.passed and stop_on_failure:
                break
    return Report(**base, results=tuple(results))


@dataclass(frozen=True)
class _Start:
    """A worker's start that did not end `ready`: what it said, and the sandbox it reported."""

    hello: protocol.Message | Death
    status: protocol.Sandbox | None
    refused: bool


def _start_failure(start: _Start, base: dict, results: list[CaseResult], case: Case, total: int,
                   on_result) -> Report:
    """The report of a run whose worker would not take `case`: refused, broken, not compiling,
    or its module-level code died (shown on that case)."""
    hello = start.hello
    if start.refused:
        raise UsageError(f"refusing to grade: the sandbox is {start.status.text} on "
                         "this machine and --require-sandbox was given (`judge doctor` says why)")
    base["sandbox"] = start.status.text if start.status else "none"
    if isinstance(hello, Death) and start.status is None:     # before any user code
        return Report(**base, internal_error=f"the worker did not start: {hello.message}")
    if isinstance(hello, protocol.CompileError):
        return Report(**base, compile_error=hello.detail)
    result = _import_failure(case, hello)   # module-level code died, hung or forged a message
    if on_result is not None:
        on_result(result, total)
    return Report(**base, results=(*results, result))


class _Lanes:
    """`jobs` workers, each started and driven by a thread of its own (a worker dies with the
    thread that started it), taking the cases in their order from one counter. `outcome(i)`
    waits for case i's: the cases' order, and so the first failing case, do not depend on
    which worker ran what. A worker whose start fails stops the handing out of cases; a worker
    that dies on a case is replaced for the cases after it, when they are wanted (with
    `stop_on_failure`, no case after one that killed its worker is).

    Leaving kills every worker still running (the cases after a failure are not wanted) and
    waits for the threads, also on Ctrl-C."""

    def __init__(self, start: Callable[[], Worker], cases: tuple[Case, ...], jobs: int,
                 stop_on_failure: bool):
        self.start, self.cases, self.stop_on_failure = start, cases, stop_on_failure
        self.changed = threading.Condition()
        self.handed = 0                         # cases handed out so far
        self.wanted = len(cases)                # cases that may be handed out
        self.outcomes: dict[int, dict | Death] = {}
        self.failed_start: _Start | None = None
        self.sandbox = "none"                   # the first worker's report of its sandbox
        self.error: BaseException | None = None  # the judge's own, in a thread: raised here
        self.closing = False
        self.running: set[Worker] = set()
        self.threads = [threading.Thread(target=self._lane, name=f"judge-lane-{n}", daemon=True)
                        for n in range(jobs)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        with self.changed:
            self.closing = True
            for worker in self.running:
                worker.stop()
        for thread in self.threads:
            thread.join()

    def outcome(self, index: int) -> dict | Death | _Start:
        """Case `index`'s outcome, or the failed start that keeps it from having one."""
        with self.changed:
            while True:
                if self.error is not None:
                    raise self.error
                if index in self.outcomes:
                    return self.outcomes.pop(index)
                if self.failed_start is not None and index >= self.handed:
                    return self.failed_start
                self.changed.wait(0.5)

    def _take(self) -> int | None:
        with self.changed:
            if not self._more():
                return None
            self.handed += 1
            return self.handed - 1

    def _lane(self) -> None:
        try:
            while self._more():
                with self.start() as worker:
                    if not self._open(worker):
                        return
                    try:
                        while (index := self._take()) is not None:
                            raw = worker.run(self.cases[index])
                            with self.changed:
                                self.outcomes[index] = raw
                                if isinstance(raw, Death) and self.stop_on_failure:
                                    self.wanted = min(self.wanted, index + 1)
                                self.changed.notify_all()
                            if isinstance(raw, Death):
                                break       # a fresh worker for the cases after it
                    finally:
                        with self.changed:
                            self.running.discard(worker)
        except BaseException as e:          # our own fault: the caller raises it
            with self.changed:
                self.error = self.error or e
                self.changed.notify_all()

    def _more(self) -> bool:
        """Whether cases are left to hand out (called holding the lock, or taking it)."""
        with self.changed:
            return not self.closing and self.failed_start is None and self.handed < self.wanted

    def _open(self, worker: Worker) -> bool:
        """Start `worker`; False (its failure recorded, the first one only) unless it is ready."""
        with self.changed:
            if self.closing:
                return False
            self.running.add(worker)
        hello = worker.start()
        with self.changed:
            if isinstance(hello, protocol.Ready) and not worker.refused:
                if worker.status is not None and self.sandbox == "none":
                    self.sandbox = worker.status.text
                return True
            self.running.discard(worker)
            if self.failed_start is None:
                self.failed_start = _Start(hello, worker.status, worker.refused)
            self.changed.notify_all()
            return False


def _import_failure(case: Case, hello: Death) -> CaseResult:
    """The solution's module died, hung or wrote junk while it was imported: its own fault, shown
    on the first case (module-level code is not billed; the time-out on it is wall time)."""
    message = hello.message
    if hello.verdict is Verdict.TLE:
        message = f"its module-level code ran longer than {IMPORT_TIMEOUT_S:.0f} s of wall " \
                  "time (it is not billed, but must finish) and was stopped"
    return CaseResult(case.name, hello.verdict, message=f"while importing the solution: {message}",
                      memory_kb=hello.memory_kb, stderr=hello.stderr)


def reference_answers(problem: Problem, cases: list[Case], limits: Limits,
                      times: list[float] | None = None) -> list:
    """The reference solution's answers to `cases`, from a worker like any solution's; its CPU
    ms per case are appended to `times` when given.

    Raises ProblemError naming the case when the reference does not load or does not answer.
    """
    reference = problem.root / "reference.py"
    found = []      # not `answers`: that is the module that compares them
    with Worker(problem, reference, limits) as worker:
        hello = worker.start()
        if not isinstance(hello, protocol.Ready):
            raise ProblemError(f"{reference}: does not load: {getattr(hello, 'message', hello)}")
        for case in cases:
            raw = worker.run(case)
            if not isinstance(raw, dict) or raw["status"] != protocol.OK:
                why = raw.message if not isinstance(raw, dict) else raw["message"] or raw["status"]
                raise ProblemError(f"{reference}: fails on case {case.name}: {why}")
            found.append(json.loads(raw["answer_text"]))
            if times is not None:
                times.append(raw["cpu_ms"])
    return found
