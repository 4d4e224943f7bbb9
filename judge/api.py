"""The library API that the CLI, the pytest plugin and the grader all call.

    problem = find_problem("76")
    report = run(problem, find_solution(problem))
    report.verdict  # Verdict.AC ...
"""

from __future__ import annotations

from pathlib import Path

from . import custom, limits, problems, runner, solutions
from .problems import Problem
from .verdicts import Report


def find_problem(query: str, problems_dir: str | Path | None = None) -> Problem:
    return problems.find(query, problems.problems_root(problems_dir))


def list_problems(problems_dir: str | Path | None = None) -> list[Problem]:
    return problems.all_problems(problems.problems_root(problems_dir))


def find_solution(problem: Problem, path: str | Path | None = None) -> Path:
    return solutions.find(problem, path)


def _shown(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run(problem: Problem, solution: Path, *, all_cases: bool = False) -> Report:
    """Judge `solution` on the hidden cases (LeetCode's Submit)."""
    return runner.judge(problem, solution, problem.cases("secret"), limits.limits_for(problem),
                        stop_on_failure=not all_cases, shown=_shown(solution))


def run_samples(problem: Problem, solution: Path) -> Report:
    """Judge `solution` on the public examples only (LeetCode's Run); every example is run."""
    return runner.judge(problem, solution, problem.cases("sample"), limits.limits_for(problem),
                        stop_on_failure=False, shown=_shown(solution), keep_values=True)


def run_custom(problem: Problem, solution: Path, inputs: list[str]) -> Report:
    """Judge `solution` on the user's own inputs against the reference's answers."""
    parsed = [custom.parse(problem, text) for text in inputs]
    lim = limits.limits_for(problem)
    with custom.answered(problem, parsed, lim) as cases:
        return runner.judge(problem, solution, tuple(cases), lim, stop_on_failure=False,
                            shown=_shown(solution), keep_values=True)
