"""An attempt, as the learner's commands make one: judge the solution, then record it in the
history. One place for that pair, so that `judge run`, `judge test` and `judge watch` agree.
"""

from __future__ import annotations

from pathlib import Path

from judge.engine import judging
from judge.engine.problems import Problem
from judge.engine.verdicts import Report
from judge.practice import history


def attempt(kind: str, problem: Problem, solution: Path, *, no_history: bool = False,
            **options) -> tuple[Report, list[str]]:
    """Judge and record: `kind` is "run", "examples" or "custom" (with `inputs`), and `options`
    go to that way of judging (judge.engine.judging). Returns the report and the notices to show:
    an unusable history folder is refused before judging, and recording never fails a run."""
    notices = history.preflight(no_history=no_history)
    code = history.snapshot(solution, no_history=no_history)   # what is judged, before any save
    report = judging.KINDS[kind](problem, solution, **options)
    return report, notices + history.record(report, code, kind, no_history=no_history)
