"""Judging a solution: run (LeetCode's Submit), test (its Run), list, doctor."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .. import api, history, render
from ..errors import UsageError
from .common import (Format, FormatOpt, NoHistoryOpt, ProblemArg, ProblemsOpt, RequireSandboxOpt,
                     SolutionOpt, app, edge, finish, notify, progress)


@app.command()
@edge
def run(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
        format: Format = FormatOpt, all: bool = typer.Option(
            False, "--all", help="Run every case instead of stopping at the first failure."),
        problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt,
        require_sandbox: bool = RequireSandboxOpt) -> None:
    """Judge your solution on the hidden test cases (LeetCode's Submit)."""
    _judge(problem, solution, format, problems, no_history, "run", render.print_report,
           lambda prob, path, **kw: api.run(prob, path, all_cases=all,
                                            require_sandbox=require_sandbox, **kw))


@app.command()
@edge
def test(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
         case: List[str] = typer.Option(
             [], "--case", "-c", help="Your own input: one JSON value per parameter, one per line, "
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`; `@FILE` reads it "
                                      "from FILE, `-` from stdin (for inputs too long for the "
                                      "command line). Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
         no_history: bool = NoHistoryOpt, require_sandbox: bool = RequireSandboxOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    if case.count("-") > 1:
        raise UsageError("`--case -` reads stdin, which can be read only once")
    texts = [_case_text(c) for c in case]

    def judge(prob, path, **kw):
        if texts:
            return api.run_custom(prob, path, texts, require_sandbox=require_sandbox, **kw)
        return api.run_samples(prob, path, require_sandbox=require_sandbox, **kw)

    _judge(problem, solution, format, problems, no_history, "custom" if case else "examples",
           render.print_examples, judge)


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


def _judge(problem, solution, format: Format, problems, no_history: bool, kind: str,
           print_text, judge) -> None:
    """What run and test share: find, snapshot, judge with a progress bar, record, print, exit."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    notify(history.preflight(no_history=no_history))
    code = history.snapshot(path, no_history=no_history)
    with progress(f"Judging {path.name}", format) as on_result:
        report = judge(prob, path, on_result=on_result)
    notify(history.record(report, code, kind, no_history=no_history))
    console = Console(emoji=False)
    if format is Format.json:
        render.print_json(report, console)
    else:
        print_text(report, prob, console)
    finish(report)


@app.command("list")
@edge
def list_(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """List the problems."""
    found = api.list_problems(problems)
    if format is Format.json:
        print(json.dumps([{"id": str(p.id), "slug": p.slug, "title": p.title,
                           "difficulty": p.difficulty, "tags": list(p.tags)} for p in found],
                         indent=2, ensure_ascii=False))
        return
    render.print_problem_list(found, Console(emoji=False))


@app.command()
@edge
def doctor(format: Format = FormatOpt) -> None:
    """Which protections the sandbox gives solutions on this machine, and why (exit 1: partial)."""
    diagnosis = api.doctor()
    if format is Format.json:
        print(json.dumps(diagnosis.to_json(), indent=2))
    else:
        render.print_doctor(diagnosis, Console(emoji=False))
    raise typer.Exit(0 if diagnosis.ok else 1)
