"""`judge check`: prove that a problem package is right, the way a problem setter needs.

Six checks, each a Section of the report: the package is complete and its statements' examples
are the public data (package); every input meets the constraints and the package's promises
(constraints); every answer is the reference's and the reference agrees with the brute force on
small cases (answers); the committed data is what the seeded generator makes now (data); every
known-verdict submission gets its verdict, with wide time margins (submissions, in margins.py);
and the hidden cases kill every mutant of the reference that is not equivalent (mutants).

The report is data (frozen dataclasses); judge.render.reports draws it. Solutions and mutants run in worker
processes, two at a time: a thread per worker is enough, since the threads only wait on pipes.
"""

from __future__ import annotations

import json
import re
import time
import tomllib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, fields
from typing import Callable

from judge.setter import build
from judge.engine import limits
from judge.setter import margins
from judge.setter import mutation
from judge.setter import remembered
from judge.engine.custom import example_matches, parse
from judge.errors import JudgeError, ProblemError
from judge.setter.margins import SubmissionCheck
from judge.setter.mutation import MutantCheck
from judge.engine.problems import Problem
from judge.engine.verdicts import Limits, Verdict

JOBS = 2
FILES = {
    "statement.md": "the statement in English, with the examples and the constraints",
    "statement.zh.md": "the statement in Chinese",
    "explanation.md": "the intended approach, why it works, its complexity",
    "explanation.zh.md": "the explanation in Chinese",
    "reference.py": "the reference solution (`class Solution`); every answer comes from it",
    "brute.py": "`solve(**args)` by brute force and `small(args)` saying when it is fast enough",
    "validator.py": "`validate(args)`, raising ValueError naming the broken constraint",
    "generator.py": "`samples()` and `secret()`, lists of (name, args), seeded",
}
_TODO = re.compile(r"\bTODO\b")
_EXAMPLE = re.compile(r"^\s*(Input|Output|输入|输出)\s*[:：]\s*(.*?)\s*$")


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str                # one line


@dataclass(frozen=True)
class Section:
    name: str                # package, constraints, answers, data, submissions, mutants
    summary: str
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


@dataclass(frozen=True)
class ProblemCheck:
    key: str
    id: int
    title: str
    sections: tuple[Section, ...]
    limits: Limits | None = None
    submissions: tuple[SubmissionCheck, ...] = ()
    mutants: tuple[MutantCheck, ...] = ()
    worker_seconds: float = 0.0   # wall time of its submission and mutant runs, added up
    cached: bool = False          # the stored result of an earlier run (judge.setter.remembered)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sections)


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[ProblemCheck, ...]
    seconds: float
    jobs: int

    @property
    def ok(self) -> bool:
        return bool(self.problems) and all(p.ok for p in self.problems)


def _fail(text: str) -> Finding:
    return Finding(False, text)


def _skipped(name: str, why: str) -> Section:
    return Section(name, "not checked", (_fail(f"not checked: {why}"),))


def _package(problem: Problem) -> Section:
    root, found = problem.root, []
    for name, what in FILES.items():
        if not (root / name).is_file():
            found.append(_fail(f"{name} is missing: write {what}"))
    raw = tomllib.loads((root / "problem.toml").read_text(encoding="utf-8"))
    if "title_zh" not in raw:
        found.append(_fail("problem.toml: `title_zh` is missing: give the Chinese title"))
    if not problem.tags:
        found.append(_fail("problem.toml: `tags` is empty: give LeetCode's topic tags"))
    for folder in margins.FOLDER_VERDICT:
        if folder != "compile_error" and not any((root / "submissions" / folder).glob("*.py")):
            found.append(_fail(f"submissions/{folder}/ holds no solution: {margins.WANTED[folder]}"))
    found += [_fail(f"submissions/growth.toml: {line}") for line in _growth_undeclared(problem)]
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".md", ".py", ".toml")
                       and "data" not in p.relative_to(root).parts[:1]):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _TODO.search(line):
                found.append(_fail(f"{path.relative_to(root)}:{number} still says "
                                   f"{line.strip()[:90]}"))
    examples = 0
    if (root / "data" / "sample").is_dir():
        expected = problem.examples()
        examples = len(expected)
        for name in ("statement.md", "statement.zh.md"):
            if (root / name).is_file():
                found += _examples_match(problem, name, expected)
    summary = (f"problem.toml and {len(FILES)} files complete; the statements' {examples} "
               "examples are data/sample") if not found else f"{len(found)} things to finish"
    return Section("package", summary, tuple(found))


def _growth_undeclared(problem: Problem) -> list[str]:
    """Every file that runs declares its growth: the truth `judge analyze` is held to."""
    from judge.engine import growth

    try:
        return growth.undeclared(problem)
    except ProblemError as e:
        return [str(e).removeprefix(f"{problem.root / 'submissions' / growth.DECLARED}: ")]


def _examples_match(problem: Problem, name: str, expected: list) -> list[Finding]:
    """The statement's `Input:` / `Output:` lines, read as a user would type them, must be the
    public examples in data/sample, in order."""
    lines = (problem.root / name).read_text(encoding="utf-8").splitlines()
    pairs, pending = [], None
    for line in lines:
        m = _EXAMPLE.match(line)
        if not m:
            if pending is not None and line[:1].isspace() and line.strip():
                pending += "\n" + line.strip()     # an input on two lines (a design problem's)
            continue
        if m[1] in ("Input", "输入"):
            pending = m[2]
        elif pending is not None:
            pairs.append((pending, m[2]))
            pending = None
    found = []
    if len(pairs) != len(expected):
        found.append(_fail(f"{name}: {len(pairs)} examples (Input:/Output: lines), but data/sample "
                           f"has {len(expected)}"))
    for i, ((shown_in, shown_out), (args, answer)) in enumerate(zip(pairs, expected), 1):
        try:
            same = parse(problem, shown_in) == args and example_matches(problem, shown_out, answer)
        except (JudgeError, ValueError) as e:
            found.append(_fail(f"{name}: example {i} cannot be read: {e}"))
            continue
        if not same:
            found.append(_fail(f"{name}: example {i} is not data/sample case {i}"))
    return found


def _constraints(problem: Problem) -> Section:
    validator = problem.module("validator")
    promise = getattr(validator, "promise", None)
    found, total = [], 0
    for kind in ("sample", "secret"):
        for case in problem.cases(kind):
            total += 1
            rules = [(validator.validate, "breaks a constraint")]
            if promise is not None:
                rules.append((promise, "breaks a promise"))
            for rule, what in rules:
                try:
                    rule(case.args)
                except ValueError as e:
                    found.append(_fail(f"data/{kind}/{case.name}.in {what}: {e}"))
    promised = " and validator.promise()" if promise else ""
    return Section("constraints", f"{total} inputs pass validator.validate(){promised}",
                   tuple(found))


def _data(problem: Problem, generated: build.Generated) -> tuple[Section, Section]:
    """Compare the committed files with what `judge build` would write now."""
    made = {(c.kind, c.name): c for c in generated.cases}
    inputs, answers = [], []
    for kind in ("sample", "secret"):
        folder = problem.root / "data" / kind
        committed = {p.stem for p in folder.glob("*.in")} | {p.stem for p in folder.glob("*.ans")}
        for name in sorted(committed | {n for k, n in made if k == kind}):
            case = made.get((kind, name))
            where = f"data/{kind}/{name}"
            if case is None:
                inputs.append(_fail(f"{where} is not made by generator.py: run `judge build "
                                    f"{problem.id}`"))
                continue
            if not (folder / f"{name}.in").is_file() or not (folder / f"{name}.ans").is_file():
                inputs.append(_fail(f"{where}: generator.py makes it, data/ lacks it: run "
                                    f"`judge build {problem.id}`"))
                continue
            if (folder / f"{name}.in").read_text(encoding="utf-8") != case.input_text:
                inputs.append(_fail(f"{where}.in differs from what generator.py makes now"))
            elif (folder / f"{name}.ans").read_text(encoding="utf-8") != case.answer_text:
                answers.append(_fail(f"{where}.ans differs from the reference's answer"))
    secret = generated.count("secret")
    if not generated.cross_checked:
        answers.append(_fail("brute.small() accepts no case, so nothing is cross-checked: "
                             "add small cases or let small() accept them"))
    return (Section("answers", f"{len(made)} answers = reference.py's; {generated.cross_checked} "
                               "cross-checked against brute.py", tuple(answers)),
            Section("data", f"data/ = generator.py's output ({generated.count('sample')} "
                            f"examples, {secret} hidden cases, seeded)", tuple(inputs)))


@dataclass
class _Pending:
    problem: Problem
    sections: list[Section]
    limits: Limits | None = None
    generated: Future | None = None
    submissions: list[Future] | None = None
    mutants: list[Future] | None = None


def _start(problem: Problem, pool: ThreadPoolExecutor) -> _Pending:
    """The checks done here in the judge's process, then the worker jobs handed to the pool."""
    pending = _Pending(problem, [])
    pending.sections.append(_guard("package", lambda: _package(problem)))
    if not (problem.root / "data" / "secret").is_dir():
        why = f"there is no data/: run `judge build {problem.id}`"
        pending.sections += [_skipped(n, why) for n in ("constraints", "answers", "data")]
    else:
        pending.sections.append(_guard("constraints", lambda: _constraints(problem)))
        pending.generated = pool.submit(build.generate, problem)
    try:
        pending.limits = limits.limits_for(problem)
    except (JudgeError, OSError) as e:
        why = f"the reference cannot be timed: {e}"
        pending.sections += [_skipped(n, why) for n in ("submissions", "mutants")]
        return pending
    try:
        listed = mutation.equivalents(problem)
    except ProblemError as e:
        pending.sections += [_skipped("submissions", str(e)), _skipped("mutants", str(e))]
        return pending
    pending.submissions = margins.start(problem, pending.limits, pool)
    pending.mutants = mutation.start(problem, pending.limits, pool, listed)
    return pending


def _section(name: str, made: tuple[str, list]) -> Section:
    summary, lines = made
    return Section(name, summary, tuple(Finding(ok, text) for ok, text in lines))


def _guard(name: str, make: Callable[[], Section]) -> Section:
    """A broken package is a failed check, not the end of the run."""
    try:
        return make()
    except JudgeError as e:
        return _skipped(name, str(e))
    except Exception as e:  # the package's own Python (validator.py ...) failed, whatever it raised
        return _skipped(name, f"{type(e).__name__}: {e}")


def _finish(pending: _Pending) -> ProblemCheck:
    problem, sections = pending.problem, list(pending.sections)
    if pending.generated is not None:
        try:
            sections += _data(problem, pending.generated.result())
        except ProblemError as e:
            sections += [_skipped("answers", str(e)), _skipped("data", str(e))]
        except Exception as e:  # the package's own Python failed: a finding, not a judge fault
            why = f"generator.py, validator.py or brute.py raised {type(e).__name__}: {e}"
            sections += [_skipped("answers", why), _skipped("data", why)]
    submissions, mutants = (), ()
    if pending.submissions is not None:
        submissions = tuple(f.result() for f in pending.submissions)
        sections.append(_section("submissions", margins.findings(pending.limits, submissions)))
        mutants = tuple(f.result() for f in pending.mutants)
        sections.append(_section("mutants", mutation.findings(problem, mutants)))
    order = ("package", "constraints", "answers", "data", "submissions", "mutants")
    sections.sort(key=lambda s: order.index(s.name))
    spent = sum(c.seconds for c in submissions) + sum(m.seconds for m in mutants)
    return ProblemCheck(problem.key, problem.id, problem.title, tuple(sections), pending.limits,
                        submissions, mutants, round(spent, 1))


def check(problems: list[Problem], jobs: int = JOBS, *, fresh: bool = False) -> CheckReport:
    """Check every problem; worker jobs of all problems share `jobs` parallel workers.

    A problem that passed before, with the same package, the same judge code and the same
    limits on this machine, is not checked again: its stored result is reused (judge.setter.
    remembered says what the key covers). `fresh` checks everything again."""
    started = time.monotonic()
    for problem in problems:
        try:
            limits.calibrate([problem])
        except (JudgeError, OSError):
            pass               # reported by _start
    keys = {p.key: None if fresh else remembered.key(p) for p in problems}
    known = {p.key: _revived(remembered.recall(keys[p.key])) for p in problems if keys[p.key]}
    todo = [p for p in problems if known.get(p.key) is None]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        pending = [_start(p, pool) for p in todo]
        checked = {c.key: c for c in (_finish(p) for p in pending)}
    for problem in todo:
        result = checked[problem.key]
        if result.ok:
            remembered.store(keys[problem.key] or remembered.key(problem), _plain(result))
    done = tuple(known.get(p.key) or checked[p.key] for p in problems)
    return CheckReport(done, round(time.monotonic() - started, 1), jobs)


def _plain(result: ProblemCheck) -> dict:
    """A ProblemCheck as JSON data, to be kept by `remembered`."""
    return json.loads(json.dumps(asdict(result), default=lambda v: v.name))


def _revived(data: dict | None) -> ProblemCheck | None:
    """The ProblemCheck that `_plain` wrote, or None when it is not one (then it is checked)."""
    if data is None:
        return None

    def make(cls, values: dict):
        given = {f.name: values[f.name] for f in fields(cls) if f.name in values}
        for f in fields(cls):
            if f.type == "Verdict" and f.name in given:
                given[f.name] = Verdict[given[f.name]]
        return cls(**given)

    try:
        return make(ProblemCheck, {
            **data, "cached": True, "limits": data["limits"] and make(Limits, data["limits"]),
            "sections": tuple(make(Section, {**s, "findings": tuple(make(Finding, f) for f in
                                                                    s["findings"])})
                              for s in data["sections"]),
            "submissions": tuple(make(SubmissionCheck, c) for c in data["submissions"]),
            "mutants": tuple(make(MutantCheck, m) for m in data["mutants"])})
    except (KeyError, TypeError, ValueError):
        return None
