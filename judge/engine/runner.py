"""Judge a solution on cases: feed them to a worker (judge.engine.spawn), bill each from the
kernel, compare its answer with the expected one, and turn it all into a Report.

Expected answers are read here, after the worker has answered, and never reach it. An answer
stays JSON text: compared with the expected answer's text first, and decoded only within a
bound (so what a solution returns cannot cost the judge much time or memory).
"""

from __future__ import annotations

import json
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
          on_result: Callable[[CaseResult, int], None] | None = None) -> Report:
    """Run `solution` on `cases` in worker processes and return the Report.

    `on_result(result, total)` is called after each case, so that a caller can show progress.
    With `require_sandbox`, a machine where the sandbox is partial raises UsageError before any
    of the solution's code runs.

    Inputs and answers are kept in the results of failed cases, or of every case with
    `keep_values` (for the examples, where the user wants to see them all).

    `patience` stretches the wall-clock backstops only, and a case over its limit is stopped
    at `overrun` times it (judge.engine.spawn.Worker); neither changes a verdict.

    One worker serves the whole run; when it dies and every case is wanted (`--all`),
    a fresh one takes the remaining cases.
    """
    shown = shown or str(solution)
    results: list[CaseResult] = []
    base = dict(problem=str(problem.id), slug=problem.slug, solution=shown, total=len(cases),
                limits=limits)
    pending = list(cases)
    cpu_total = 0.0
    while pending:
        with Worker(problem, solution, limits, shown, require_sandbox=require_sandbox,
                    patience=patience, overrun=overrun) as worker:
            hello = worker.start()
            if worker.refused:
                raise UsageError(f"refusing to grade: the sandbox is {worker.status.text} on "
                                 "this machine and --require-sandbox was given (`judge doctor` "
                                 "says why)")
            base["sandbox"] = worker.status.text if worker.status else "none"
            if isinstance(hello, Death) and worker.status is None:     # before any user code
                return Report(**base, internal_error=f"the worker did not start: {hello.message}")
            if isinstance(hello, protocol.CompileError):
                return Report(**base, compile_error=hello.detail)
            if isinstance(hello, Death):   # its module-level code died, hung or forged a message
                result = _import_failure(pending.pop(0), hello)
                if on_result is not None:
                    on_result(result, len(cases))
                return Report(**base, results=(*results, result))
            while pending:
                case = pending.pop(0)
                raw = worker.run(case)
                result = _case_result(problem, case, raw, limits, cpu_total, keep_values)
                results.append(result)
                if on_result is not None:
                    on_result(result, len(cases))
                cpu_total += result.time_ms
                if not result.passed and stop_on_failure:
                    return Report(**base, results=tuple(results))
                if isinstance(raw, Death):
                    break   # start a fresh worker for the rest
    return Report(**base, results=tuple(results))


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
