"""Write a problem's `data/` from its generator: validate, answer with the reference, cross-check.

This is the problem setter's tool behind `judge build`. Every answer comes from the reference,
run in a worker like any solution; wherever the brute force is fast enough it must agree.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import checkers
from .errors import ProblemError
from .problems import Case, Problem
from .runner import Worker
from .verdicts import Limits

GENEROUS = Limits(case_time_ms=120_000, run_time_ms=3_600_000, memory_mb=2048)


@dataclass(frozen=True)
class BuildSummary:
    samples: int
    secret: int
    cross_checked: int


def _named(problem: Problem, kind: str, cases) -> list[tuple[str, dict]]:
    cases = list(cases)
    names = [name for name, _ in cases]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise ProblemError(f"{problem.root / 'generator.py'}: {kind} case name {duplicate!r} "
                           "is used twice")
    width = max(2, len(str(len(cases))))
    return [(f"{i:0{width}d}-{name}", args) for i, (name, args) in enumerate(cases, 1)]


def _answers(problem: Problem, cases: list[tuple[str, dict]]) -> list:
    reference = problem.root / "reference.py"
    answers = []
    with Worker(problem, reference, GENEROUS) as worker:
        hello = worker.start()
        if not isinstance(hello, dict) or hello.get("event") != "ready":
            raise ProblemError(f"{reference}: does not load: {getattr(hello, 'message', hello)}")
        for name, args in cases:
            raw = worker.run(Case(name, json.dumps(args)))
            if not isinstance(raw, dict) or raw.get("status") != "ok":
                why = raw.message if not isinstance(raw, dict) else raw.get("message", raw["status"])
                raise ProblemError(f"{reference}: fails on case {name}: {why}")
            answers.append(raw["answer"])
    return answers


def build(problem: Problem) -> BuildSummary:
    generator = problem.module("generator")
    validator = problem.module("validator")
    brute = problem.module("brute")
    sets = {"sample": _named(problem, "sample", generator.samples()),
            "secret": _named(problem, "secret", generator.secret())}
    for kind, cases in sets.items():
        for name, args in cases:
            try:
                validator.validate(args)
            except ValueError as e:
                raise ProblemError(f"{problem.root / 'generator.py'}: {kind} case {name} breaks "
                                   f"a constraint: {e}") from None
    checked = 0
    staging = Path(tempfile.mkdtemp(prefix="data-", dir=problem.root))
    try:
        for kind, cases in sets.items():
            (staging / kind).mkdir()
            for (name, args), answer in zip(cases, _answers(problem, cases)):
                if brute.small(args):
                    difference = checkers.exact(brute.solve(**args), answer)
                    if difference:
                        raise ProblemError(f"{problem.root}: reference and brute force disagree "
                                           f"on {kind} case {name}: {difference}")
                    checked += 1
                compact = dict(separators=(",", ":"), ensure_ascii=False)
                (staging / kind / f"{name}.in").write_text(json.dumps(args, **compact) + "\n")
                (staging / kind / f"{name}.ans").write_text(json.dumps(answer, **compact) + "\n")
        shutil.rmtree(problem.root / "data", ignore_errors=True)
        staging.rename(problem.root / "data")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildSummary(len(sets["sample"]), len(sets["secret"]), checked)
