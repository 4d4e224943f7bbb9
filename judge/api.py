"""The library API that the CLI, the pytest plugin and the grader all call.

    problem = find_problem("76")
    report = run(problem, find_solution(problem))
    report.verdict  # Verdict.AC ...
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from judge.engine import custom
from judge.engine import limits
from judge.engine import problems
from judge.engine import runner
from judge.engine import solutions
from judge.engine.problems import Problem
from judge.engine.verdicts import CaseResult, Report

if TYPE_CHECKING:
    from judge.grading.grade import Grading, Shard

OnResult = Callable[[CaseResult, int], None]   # (result, total): progress, called per case


def find_problem(query: str, problems_dir: str | Path | None = None) -> Problem:
    return problems.find(query, problems.problems_root(problems_dir))


def list_problems(problems_dir: str | Path | None = None) -> list[Problem]:
    return problems.all_problems(problems.problems_root(problems_dir))


def find_solution(problem: Problem, path: str | Path | None = None,
                  workspace: str | Path | None = None) -> Path:
    """`path` itself, or the one solution to `problem` in the workspace's `solutions/`."""
    return solutions.find(problem, path, workspace)


def _shown(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run(problem: Problem, solution: Path, *, all_cases: bool = False,
        on_result: OnResult | None = None, require_sandbox: bool = False) -> Report:
    """Judge `solution` on the hidden cases (LeetCode's Submit).

    `require_sandbox`: raise UsageError rather than run the solution with a partial sandbox."""
    return runner.judge(problem, solution, problem.cases("secret"), limits.limits_for(problem),
                        stop_on_failure=not all_cases, shown=_shown(solution),
                        on_result=on_result, require_sandbox=require_sandbox)


def run_case(problem: Problem, solution: Path, name: str) -> Report:
    """Judge `solution` on the one hidden case `name`, in a worker of its own (a pytest item)."""
    from judge.errors import UsageError

    if name not in problem.case_names("secret"):
        raise UsageError(f"problem {problem.id} has no hidden case {name!r}")
    return runner.judge(problem, solution, (problem.case("secret", name),),
                        limits.limits_for(problem), shown=_shown(solution))


def grade(paths: list[str | Path], *, problem: str | None = None,
          problems_dir: str | Path | None = None, jobs: int | None = None,
          shard: Shard | None = None, require_sandbox: bool = False) -> Grading:
    """Judge every submission under `paths` (files, or a roster FOLDER/<person>/<file>.py), `jobs`
    at a time; `shard` keeps one CI runner's share."""
    from judge.grading import grade as grading

    found, unmatched = grading.discover([Path(p) for p in paths], problem, problems_dir)
    return grading.grade(grading.take_shard(found, shard), jobs, shard, unmatched,
                         require_sandbox=require_sandbox)


def run_samples(problem: Problem, solution: Path, *, on_result: OnResult | None = None,
                require_sandbox: bool = False) -> Report:
    """Judge `solution` on the public examples only (LeetCode's Run); every example is run."""
    return runner.judge(problem, solution, problem.cases("sample"), limits.limits_for(problem),
                        stop_on_failure=False, shown=_shown(solution), keep_values=True,
                        on_result=on_result, require_sandbox=require_sandbox)


def run_custom(problem: Problem, solution: Path, inputs: list[str], *,
               on_result: OnResult | None = None, require_sandbox: bool = False) -> Report:
    """Judge `solution` on the user's own inputs against the reference's answers."""
    parsed = [custom.parse(problem, text) for text in inputs]
    lim = limits.limits_for(problem)
    cases = tuple(custom.answered(problem, parsed, lim))
    return runner.judge(problem, solution, cases, lim, stop_on_failure=False,
                        shown=_shown(solution), keep_values=True, on_result=on_result,
                        require_sandbox=require_sandbox)


def attempt(kind: str, problem: Problem, solution: Path, *, no_history: bool = False,
            **options) -> tuple[Report, list[str]]:
    """Judge as the learner's commands do, and record the attempt in the history: `kind` is
    "run" (run), "examples" (run_samples) or "custom" (run_custom, with `inputs`); `options`
    go to that function. Returns the report and the notices to show (history never fails a run).
    """
    from judge.practice import history

    judge = {"run": run, "examples": run_samples, "custom": run_custom}[kind]
    notices = history.preflight(no_history=no_history)   # an unusable folder: refused up front
    code = history.snapshot(solution, no_history=no_history)   # what is judged, before any save
    report = judge(problem, solution, **options)
    return report, notices + history.record(report, code, kind, no_history=no_history)


def doctor():
    """Which protections the sandbox gives on this machine, shown by a sandboxed probe process
    (a sandbox.Diagnosis)."""
    from judge.engine import sandbox

    return sandbox.doctor()


def check(problems: list[Problem], *, jobs: int = 2):
    """Prove problem packages (`judge check`): data, answers, known verdicts and their time
    margins, mutation score. Solutions and mutants run `jobs` at a time. A check.CheckReport."""
    from judge.setter import check as checking

    return checking.check(problems, jobs)


def new_problem(name: str, *, id: int | None = None, title: str | None = None,
                problems_dir: str | Path | None = None) -> Problem:
    """Write a package skeleton (`judge new-problem`) and return it; `judge check` says what is
    left to do."""
    from judge.setter.scaffold import new_problem as scaffold

    return problems.load(scaffold(name, problems.problems_root(problems_dir), id, title))
