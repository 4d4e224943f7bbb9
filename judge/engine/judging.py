"""Judging one solution the ways LeetCode does: Submit (the hidden cases), Run (the examples, or
the user's own input against the reference) and a single hidden case (a pytest item).

Each puts the problem's cases and this machine's limits together and hands them to the runner;
the API, the grader and the learner's loop all judge through here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from judge.engine import custom, limits, runner
from judge.engine.launch import run_jobs
from judge.engine.problems import Problem
from judge.engine.verdicts import CaseResult, Report
from judge.errors import UsageError

OnResult = Callable[[CaseResult, int], None]   # (result, total): progress, called per case


def shown(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run(problem: Problem, solution: Path, *, all_cases: bool = False,
        on_result: OnResult | None = None, require_sandbox: bool = False,
        jobs: int | None = None) -> Report:
    """Judge `solution` on the hidden cases (LeetCode's Submit), stopping at the first failure
    unless `all_cases`. `require_sandbox`: raise UsageError rather than run the solution with a
    partial sandbox. `jobs` workers share the cases (the report is the same with one), by
    default one per core (run_jobs); a grader that judges many solutions at once asks for 1."""
    return runner.judge(problem, solution, problem.cases("secret"), limits.limits_for(problem),
                        stop_on_failure=not all_cases, shown=shown(solution),
                        on_result=on_result, require_sandbox=require_sandbox, jobs=jobs or run_jobs())


def run_case(problem: Problem, solution: Path, name: str) -> Report:
    """Judge `solution` on the one hidden case `name`, in a worker of its own (a pytest item)."""
    if name not in problem.case_names("secret"):
        raise UsageError(f"problem {problem.id} has no hidden case {name!r}")
    return runner.judge(problem, solution, (problem.case("secret", name),),
                        limits.limits_for(problem), shown=shown(solution))


def run_samples(problem: Problem, solution: Path, *, on_result: OnResult | None = None,
                require_sandbox: bool = False) -> Report:
    """Judge `solution` on the public examples only (LeetCode's Run); every example is run."""
    lim = replace(limits.limits_for(problem), reference_cases=())   # the examples are too small
    return runner.judge(problem, solution, problem.cases("sample"), lim,
                        stop_on_failure=False, shown=shown(solution), keep_values=True,
                        on_result=on_result, require_sandbox=require_sandbox)


def run_custom(problem: Problem, solution: Path, inputs: list[str], *,
               on_result: OnResult | None = None, require_sandbox: bool = False) -> Report:
    """Judge `solution` on the user's own inputs against the reference's answers."""
    parsed = [custom.parse(problem, text) for text in inputs]
    lim, times = limits.limits_for(problem), []
    cases = tuple(custom.answered(problem, parsed, lim, times))
    # the reference's times on these inputs, just measured (once: a rough figure)
    lim = replace(lim, reference_cases=tuple((c.name, t) for c, t in zip(cases, times)))
    return runner.judge(problem, solution, cases, lim, stop_on_failure=False,
                        shown=shown(solution), keep_values=True, on_result=on_result,
                        require_sandbox=require_sandbox)


KINDS = {"run": run, "examples": run_samples, "custom": run_custom}   # as the history names them
