"""The library's one door: what the CLI calls to find, judge, record, grade and check, and what
a program that embeds the judge should call. Below it: judge.engine (judging), judge.practice
(the history), judge.grading and judge.setter, which never call back up here.

    problem = find_problem("76")
    report = run(problem, find_solution(problem))
    report.verdict  # Verdict.AC ...
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # what __getattr__ below hands out, spelled out for readers and tools
    from judge.engine.judging import OnResult, run, run_case, run_custom, run_samples  # noqa: F401
    from judge.engine.problems import Problem
    from judge.grading.grade import Grading, Shard
    from judge.practice.attempts import attempt  # noqa: F401

# Imported when first asked for, so that `judge --help`, completion and `judge list` do not load
# the engine (every function below imports what it needs the same way).
_LAZY = {"OnResult": "judge.engine.judging", "run": "judge.engine.judging",
         "run_case": "judge.engine.judging", "run_custom": "judge.engine.judging",
         "run_samples": "judge.engine.judging", "attempt": "judge.practice.attempts"}

__all__ = ["OnResult", "attempt", "check", "doctor", "find_problem", "find_solution", "grade",
           "list_problems", "new_problem", "run", "run_case", "run_custom", "run_samples"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'judge.api' has no attribute {name!r}")
    return getattr(import_module(_LAZY[name]), name)


def find_problem(query: str, problems_dir: str | Path | None = None) -> Problem:
    from judge.engine import problems

    return problems.find(query, problems.problems_root(problems_dir))


def list_problems(problems_dir: str | Path | None = None) -> list[Problem]:
    from judge.engine import problems

    return problems.all_problems(problems.problems_root(problems_dir))


def find_solution(problem: Problem, path: str | Path | None = None,
                  workspace: str | Path | None = None) -> Path:
    """`path` itself, or the one solution to `problem` in the workspace's `solutions/`."""
    from judge.engine import solutions

    return solutions.find(problem, path, workspace)


def grade(paths: list[str | Path], *, problem: str | None = None,
          problems_dir: str | Path | None = None, jobs: int | None = None,
          shard: Shard | None = None, require_sandbox: bool = False) -> Grading:
    """Judge every submission under `paths` (files, or a roster FOLDER/<person>/<file>.py), `jobs`
    at a time; `shard` keeps one CI runner's share."""
    from judge.grading import grade as grading

    found, unmatched = grading.discover([Path(p) for p in paths], problem, problems_dir)
    return grading.grade(grading.take_shard(found, shard), jobs, shard, unmatched,
                         require_sandbox=require_sandbox)


def doctor():
    """Which protections the sandbox gives on this machine, shown by a sandboxed probe process
    (a judge.engine.doctor.Diagnosis)."""
    from judge.engine.doctor import doctor as diagnose

    return diagnose()


def check(problems: list[Problem], *, jobs: int = 2, fresh: bool = False):
    """Prove problem packages (`judge check`): data, answers, known verdicts and their time
    margins, mutation score. Solutions and mutants run `jobs` at a time. A problem unchanged
    since it last passed is not checked again, unless `fresh`. A check.CheckReport."""
    from judge.setter import check as checking

    return checking.check(problems, jobs, fresh=fresh)


def new_problem(name: str, *, id: int | None = None, title: str | None = None,
                problems_dir: str | Path | None = None) -> Problem:
    """Write a package skeleton (`judge new-problem`) and return it; `judge check` says what is
    left to do."""
    from judge.setter.scaffold import new_problem as scaffold

    from judge.engine import problems

    return problems.load(scaffold(name, problems.problems_root(problems_dir), id, title))
