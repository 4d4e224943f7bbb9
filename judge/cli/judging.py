"""Judging a solution: run (LeetCode's Submit), test (its Run), list, doctor."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from judge import api
from judge.engine.verdicts import Verdict
from judge.errors import ExitCode, UsageError
from judge.render import reports as render
from .common import (Format, FormatOpt, InterviewOpt, NoHistoryOpt, ProblemArg, ProblemsOpt,
                     RequireSandboxOpt, SolutionOpt, WorkspaceOpt, app, busy, finish, notify,
                     progress)


@app.command()
def run(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
        format: Format = FormatOpt, all: bool = typer.Option(
            False, "--all", help="Run every case instead of stopping at the first failure."),
        problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt,
        require_sandbox: bool = RequireSandboxOpt, workspace: Optional[Path] = WorkspaceOpt,
        interview: bool = InterviewOpt, no_stress: bool = typer.Option(
            False, "--no-stress", help="After a Wrong Answer on a large hidden case, do not "
                                       "search (10 s at most) for a small one."),
        jobs: Optional[int] = typer.Option(
            None, "--jobs", "-j", min=1, help="Worker processes sharing the cases (the verdict "
                                              "is the same); default: one per core, 4 at most.")
        ) -> None:
    """Judge your solution on the hidden test cases (LeetCode's Submit)."""
    _judge("run", problem, solution, workspace, format, problems, no_history,
           render.print_interview if interview else render.print_report,
           all_cases=all, require_sandbox=require_sandbox, interview=interview,
           search=not (no_stress or interview), jobs=jobs)


@app.command()
def test(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
         case: List[str] = typer.Option(
             [], "--case", "-c", help="Your own input: one JSON value per parameter, one per line, "
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`; `@FILE` reads it "
                                      "from FILE, `-` from stdin (for inputs too long for the "
                                      "command line). Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
         no_history: bool = NoHistoryOpt, require_sandbox: bool = RequireSandboxOpt,
         workspace: Optional[Path] = WorkspaceOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    if case.count("-") > 1:
        raise UsageError("`--case -` reads stdin, which can be read only once")
    texts = [_case_text(c) for c in case]
    _judge("custom" if texts else "examples", problem, solution, workspace, format, problems,
           no_history, render.print_examples, require_sandbox=require_sandbox,
           **({"inputs": texts} if texts else {}))


CASE_BYTES = 64 * 2**20     # far above any problem's constraints; a larger file is a mistake


def _case_text(spec: str) -> str:
    """A --case as given, or the text of `@FILE`, or of stdin for `-`."""
    if spec != "-" and not spec.startswith("@"):
        return spec
    where = "stdin" if spec == "-" else spec[1:]
    try:
        if spec == "-":
            data = sys.stdin.buffer.read(CASE_BYTES + 1)
        else:
            path = Path(where)
            if path.is_dir() or (path.exists() and not path.is_file()):
                raise UsageError(f"--case {spec}: {where} is not a regular file")
            with open(path, "rb") as file:
                data = file.read(CASE_BYTES + 1)
    except OSError as e:
        raise UsageError(f"--case {spec}: cannot read {where}: {e.strerror}") from None
    if len(data) > CASE_BYTES:
        raise UsageError(f"--case {spec}: {where} holds more than {CASE_BYTES >> 20} MB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"--case {spec}: {where} is not UTF-8 text (byte {e.start})") from None


def _judge(kind: str, problem, solution, workspace, format: Format, problems, no_history: bool,
           print_text, *, interview: bool = False, search: bool = False, **options) -> None:
    """What run and test share: find, judge and record (api.attempt) with a progress bar, print,
    exit. `search`: a small counterexample beside a Wrong Answer on a large hidden case."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution, workspace)
    with progress(f"Judging {path.name}", format) as on_result:
        report, notices = api.attempt(kind, prob, path, no_history=no_history,
                                      on_result=on_result, **options)
    notify(notices)
    console = Console(emoji=False)
    if format is Format.text:
        # The verdict first, as soon as it is known: the hint and the search below take seconds.
        print_text(report, prob, console)
        sys.stdout.flush()
    hint = _growth_hint(prob, path, report, format) if kind == "run" and not interview else None
    found = None
    if search and report.first_failure is not None and report.first_failure.verdict is Verdict.WA:
        from judge.render import stress as screens

        with busy("Looking for a smaller failing input", format):
            found = api.counterexample(prob, path, report)
    if format is Format.json:
        doc = render.interview_json(report) if interview else render.report_json(report)
        if kind == "run" and not interview:
            doc["growth"] = None        # the renderer (and the analysis) loaded only for a hint
        if hint is not None:
            from judge.render.analysis import hint_json

            doc["growth"] = hint_json(hint)
        if found is not None:
            doc["counterexample"] = screens.stress_json(found)["counterexample"]
        render.print_document(doc, console)
    else:
        if hint is not None:
            from judge.render.analysis import hint_line

            console.print(hint_line(hint, str(prob.id)), markup=False, highlight=False,
                          soft_wrap=True)
        if found is not None:
            screens.print_beside(found, console)
    finish(report)


def _growth_hint(prob, path, report, format: Format):
    """After a Time Limit Exceeded, a few seconds of `judge analyze` in one line."""
    if report.verdict is not Verdict.TLE:
        return None
    with busy("Measuring how its time grows", format):
        return api.growth_hint(prob, path, report)


@app.command("list")
def list_(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
          tag: List[str] = typer.Option([], "--tag", "-t", help="Only problems with this tag "
                                        "(repeatable, or a,b: any of them)."),
          difficulty: List[str] = typer.Option([], "--difficulty", "-d", help="Only problems of "
                                               "this difficulty: easy, medium, hard (repeatable, "
                                               "or a,b)."),
          todo: bool = typer.Option(False, "--todo", help="Only the problems not solved yet (no "
                                    "accepted `judge run` in the history).")) -> None:
    """List the problems; --tag, --difficulty and --todo choose some."""
    found = api.list_problems(problems, tags=tag, difficulties=difficulty)
    solved = api.solved_problems()
    if todo:
        found = [p for p in found if str(p.id) not in solved]
    if format is Format.json:
        render.print_document(render.problem_list_json(found, solved), Console(), ascii=False)
        return
    render.print_problem_list(found, Console(emoji=False), solved)


@app.command()
def doctor(format: Format = FormatOpt) -> None:
    """Which protections the sandbox gives solutions on this machine, and why (exit 1: partial)."""
    diagnosis = api.doctor()
    if format is Format.json:
        render.print_document(diagnosis.to_json(), Console())
    else:
        render.print_doctor(diagnosis, Console(emoji=False))
    raise typer.Exit(ExitCode.of(diagnosis.ok))
