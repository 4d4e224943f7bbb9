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

__all__ = ["OnResult", "analyze", "attempt", "check", "counterexample", "doctor", "find_problem",
           "find_solution", "grade", "growth_hint", "list_problems", "new_problem",
           "solved_problems", "run", "run_case", "run_custom", "run_samples", "stress"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'judge.api' has no attribute {name!r}")
    return getattr(import_module(_LAZY[name]), name)


def find_problem(query: str, problems_dir: str | Path | None = None) -> Problem:
    from judge.engine import problems

    return problems.find(query, problems.problems_root(problems_dir))


def list_problems(problems_dir: str | Path | None = None, *, tags: list[str] = (),
                  difficulties: list[str] = ()) -> list[Problem]:
    """Every problem, or those with any of `tags` and any of `difficulties` (`a,b` allowed)."""
    from judge.engine import problems

    found = problems.all_problems(problems.problems_root(problems_dir))
    return problems.select(found, tags, difficulties) if tags or difficulties else found


def solved_problems() -> set[str]:
    """The ids of the problems with an accepted run on the hidden cases, from the history (an
    empty set when there is no history yet: nothing is created to find that out)."""
    from judge.practice import history

    if not (history.data_dir() / history.FILENAME).is_file():
        return set()
    with history.History() as past:
        return {row.problem for row in past.stats() if row.solved}


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


def analyze(problem: Problem, solution: str | Path, **options):
    """How `solution`'s time and memory grow with n, beside the reference's (`judge analyze`): a
    judge.engine.growth.Analysis. `options` go to growth.analyze (repeats, budget_s, ...)."""
    from judge.engine import growth
    from judge.engine.judging import shown

    return growth.analyze(problem, Path(solution), shown=shown(Path(solution)), **options)


def growth_hint(problem: Problem, solution: str | Path, report, *, budget_s: float = 4.0):
    """After a Time Limit Exceeded, a few seconds of analysis: how the time grows and what it
    predicts at the size that failed (a judge.engine.growth.Hint), or None. Never run by
    `judge grade` or the pytest plugin: only a learner's `judge run` asks for it."""
    from judge.engine import growth
    from judge.engine.verdicts import Verdict

    failed = report.first_failure
    if report.verdict is not Verdict.TLE or failed is None or failed.input is None:
        return None
    n = growth.input_size(problem, failed.input)
    return growth.quick(problem, Path(solution), n, budget_s=budget_s)


def stress(problem: Problem, solution: Path, *, seed: int | None = None,
           max_examples: int = 2000, seconds: float = 30.0):
    """Search for a small input on which `solution` and the reference disagree (`judge stress`),
    shrunk as far as it goes; a judge.engine.stress.StressResult, `found` None if none was."""
    from judge.engine.judging import shown
    from judge.engine.stress import stress as search

    return search(problem, solution, seed=seed, max_examples=max_examples, seconds=seconds,
                  shown=shown(solution))


def counterexample(problem: Problem, solution: Path, report, *, seconds: float = 10.0):
    """After `judge run` ends in Wrong Answer on a hidden case too large to read: a bounded
    stress search (seed 0) for a small input that fails too; None when the case was small, or it
    was not a Wrong Answer. Optional: `judge grade` and the pytest plugin do not call it."""
    from judge.engine import stress as searching

    if not searching.worth_a_search(problem, report):
        return None
    return stress(problem, solution, seed=0, seconds=seconds)


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
