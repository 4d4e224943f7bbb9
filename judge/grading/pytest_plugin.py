"""Grading through pytest: `pytest --judge PATH` turns every (submission, hidden case) into a test.

Registered through the `pytest11` entry point, so every pytest run in an environment with the
judge installed loads this module: it imports nothing of the judge until `--judge` is given.

Items are named `<submission file>::case_NN` and judged by the same engine as `judge run`
(judge.engine.judging.run_case: one worker process per case, so `-k`, `-x` and pytest-xdist's `-n` pick and
spread cases freely). The submissions are never imported into pytest's process: their files are
given to pytest as ready-made collectors, and pytest is told not to walk the judged folders, where
a student's conftest.py or __init__.py would otherwise run inside pytest.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

_SUBMISSIONS = pytest.StashKey[list]()
_UNMATCHED = pytest.StashKey[list]()
_ROOTS = pytest.StashKey[list]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("judge", "grading solutions with the offline judge")
    group.addoption("--judge", action="append", default=[], metavar="PATH",
                    help="grade the solution files under PATH (a file, or a roster folder "
                         "PATH/<person>/<problem>.py), one test per hidden case; repeatable")
    group.addoption("--judge-problem", metavar="PROBLEM",
                    help="grade every file as this problem (default: from the file's name)")
    group.addoption("--judge-problems", metavar="DIR",
                    help="folder of problem packages (default: $JUDGE_PROBLEMS, then the judge's)")


def pytest_configure(config: pytest.Config) -> None:
    paths = config.getoption("judge")
    if not paths:
        return
    from judge.errors import JudgeError
    from judge.grading.grade import discover

    try:
        found, unmatched = discover([Path(p) for p in paths], config.getoption("judge_problem"),
                                    config.getoption("judge_problems"))
    except JudgeError as e:
        raise pytest.UsageError(f"--judge: {e}") from None
    config.stash[_SUBMISSIONS] = found
    config.stash[_UNMATCHED] = unmatched
    config.stash[_ROOTS] = [Path(p).resolve() for p in paths]
    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        config.args = []   # `pytest --judge PATH` grades; it does not also run the testpaths


def pytest_report_header(config: pytest.Config) -> list[str]:
    found = config.stash.get(_SUBMISSIONS, None)
    if found is None:
        return []
    lines = [f"judge: {len(found)} submissions"]
    lines += [f"judge: not graded, its name names no problem: {u}"
              for u in config.stash.get(_UNMATCHED, [])]
    return lines


def pytest_sessionstart(session: pytest.Session) -> None:
    """Calibrate each problem's limits once, before xdist's workers all try to at once."""
    found = session.config.stash.get(_SUBMISSIONS, None)
    if not found or hasattr(session.config, "workerinput") or session.config.option.collectonly:
        return
    from judge.errors import JudgeError
    from judge.engine.limits import calibrate

    try:
        calibrate(s.problem for s in found)
    except JudgeError as e:
        raise pytest.UsageError(f"--judge: {e}") from None


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Keep pytest's own collection out of the judged files and folders."""
    roots = config.stash.get(_ROOTS, None)
    if not roots:
        return None
    here = collection_path.resolve()
    return True if any(here == r or r in here.parents for r in roots) else None


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    report = yield
    found = collector.config.stash.get(_SUBMISSIONS, None)
    if found and isinstance(collector, pytest.Session) and report.passed:
        root = collector.config.rootpath
        for sub in found:
            path = Path(os.path.abspath(sub.path))   # its own name: a link's target is another's
            nodeid = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(sub.path)
            report.result.append(SubmissionFile.from_parent(collector, path=path, nodeid=nodeid,
                                                            submission=sub))
    return report


def _item_names(case_names: list[str]) -> list[str]:
    """`case_07` for `07-taller-pointer-trap`, unless two cases share a number."""
    numbers = [m[0] if (m := re.match(r"\d+", n)) else None for n in case_names]
    if None in numbers or len(set(numbers)) < len(numbers):
        return [f"case_{n}" for n in case_names]
    return [f"case_{n}" for n in numbers]


class SubmissionFile(pytest.File):
    """One solution file; its tests are the problem's hidden cases. Never imported here."""

    def __init__(self, *, submission, **kwargs):
        super().__init__(**kwargs)
        self.submission = submission

    def collect(self):
        names = self.submission.problem.case_names("secret")
        for item_name, case in zip(_item_names(names), names):
            yield CaseItem.from_parent(self, name=item_name, case=case)

    def repr_failure(self, excinfo):
        from judge.errors import JudgeError

        if isinstance(excinfo.value, JudgeError):
            from judge.render.reports import visible

            return visible(f"judge: {excinfo.value}")
        return super().repr_failure(excinfo)


class CaseFailed(Exception):
    """A case that did not pass: carries the judge's Report for the failure's description."""

    def __init__(self, report):
        super().__init__(report.message)
        self.report = report

    def describe(self) -> str:
        """The verdict and the failing case as `judge run` shows them; no plugin traceback."""
        from judge.render.reports import SHORT, failure_fields, visible

        report = self.report
        first, *rest = report.message.strip().splitlines() or [""]
        lines = [f"{report.verdict.title}: {first}".rstrip(": "), *rest]
        failed = report.first_failure
        for key, value in (failure_fields(failed, SHORT) if failed else {}).items():
            if key != "case":
                lines.append(f"  {key}:\n    " + value.replace("\n", "\n    ") if "\n" in value
                             else f"  {key:<9} {value}")
        return visible("\n".join(lines))     # the solution's text cannot redraw the terminal


class CaseItem(pytest.Item):
    def __init__(self, *, case: str, **kwargs):
        super().__init__(**kwargs)
        self.case = case
        self.extra_keyword_matches.add(case)   # `-k taller-pointer` finds 17-taller-pointer-trap

    def runtest(self) -> None:
        from judge.engine.judging import run_case
        from judge.grading.grade import refused_report
        from judge.engine.verdicts import Verdict

        sub = self.parent.submission
        report = refused_report(sub, sub.refused) if sub.refused else \
            run_case(sub.problem, sub.path, self.case)
        self.user_properties.append(("verdict", report.verdict.code))
        if report.verdict is not Verdict.AC:
            raise CaseFailed(report)

    def repr_failure(self, excinfo, style=None):
        from judge.errors import JudgeError

        if isinstance(excinfo.value, CaseFailed):
            return excinfo.value.describe()
        if isinstance(excinfo.value, JudgeError):
            from judge.render.reports import visible

            return visible(f"judge: {excinfo.value}")
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.nodeid} ({self.case})"
