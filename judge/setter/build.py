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

from judge.errors import ProblemError
from judge.engine.problems import Case, Problem
from judge.engine.runner import reference_answers
from judge.engine.verdicts import Limits

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


def _made(problem: Problem, generator, kind: str) -> list:
    """The generator's cases of one kind; its failure is the package's, named by file."""
    where, function = problem.root / "generator.py", "samples" if kind == "sample" else kind
    try:
        cases = list(getattr(generator, function)())
    except Exception as e:  # the package's own code, whatever it raises
        raise ProblemError(f"{where}: {function}() raised {type(e).__name__}: {e}") from None
    if not cases:
        raise ProblemError(f"{where}: {function}() gives no cases")
    return cases


def _answers(problem: Problem, cases: list[tuple[str, dict]]) -> list:
    return reference_answers(problem, [Case(name, json.dumps(args)) for name, args in cases],
                             GENEROUS)


@dataclass(frozen=True)
class GeneratedCase:
    """One case as `judge build` would write it: the exact text of its `.in` and `.ans` files."""

    kind: str          # "sample" or "secret"
    name: str
    input_text: str
    answer_text: str


@dataclass(frozen=True)
class Generated:
    cases: tuple[GeneratedCase, ...]
    cross_checked: int

    def count(self, kind: str) -> int:
        return sum(c.kind == kind for c in self.cases)


def _text(value) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n"


def generate(problem: Problem) -> Generated:
    """Run the generator, validate every input, answer with the reference, cross-check with the
    brute force; keep it all in memory. `build` writes the result; `judge check` compares it."""
    generator = problem.module("generator")
    validator = problem.module("validator")
    brute = problem.module("brute")
    sets = {kind: _named(problem, kind, _made(problem, generator, kind))
            for kind in ("sample", "secret")}
    promise = getattr(validator, "promise", None)   # optional: what the statement promises
    for kind, cases in sets.items():
        for name, args in cases:
            try:
                validator.validate(args)
                if promise is not None:
                    promise(args)
            except ValueError as e:
                raise ProblemError(f"{problem.root / 'generator.py'}: {kind} case {name} breaks "
                                   f"a constraint or promise: {e}") from None
    checked = 0
    found = []
    for kind, cases in sets.items():
        for (name, args), answer in zip(cases, _answers(problem, cases)):
            try:
                small = brute.small(args)
                brute_answer = brute.solve(**args) if small else None
            except Exception as e:  # the package's own code, whatever it raises
                raise ProblemError(f"{problem.root / 'brute.py'}: raised {type(e).__name__} on "
                                   f"{kind} case {name}: {e}") from None
            if small:
                difference = problem.checker_for(args)(answer, brute_answer)
                if difference:
                    raise ProblemError(f"{problem.root}: reference and brute force disagree "
                                       f"on {kind} case {name}: {difference}")
                checked += 1
            found.append(GeneratedCase(kind, name, _text(args), _text(answer)))
    return Generated(tuple(found), checked)


def write(problem: Problem, generated: Generated) -> None:
    """Replace `data/` with the generated cases, all at once."""
    staging = Path(tempfile.mkdtemp(prefix="data-", dir=problem.root))
    try:
        for kind in ("sample", "secret"):
            (staging / kind).mkdir()
        for case in generated.cases:
            (staging / case.kind / f"{case.name}.in").write_text(case.input_text, encoding="utf-8")
            (staging / case.kind / f"{case.name}.ans").write_text(case.answer_text,
                                                                  encoding="utf-8")
        shutil.rmtree(problem.root / "data", ignore_errors=True)
        staging.rename(problem.root / "data")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build(problem: Problem) -> BuildSummary:
    generated = generate(problem)
    write(problem, generated)
    return BuildSummary(generated.count("sample"), generated.count("secret"),
                        generated.cross_checked)
