"""Judging a solution: run (LeetCode's Submit), test (its Run), list, doctor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from judge import api
from judge.errors import ExitCode
from judge.render import reports as render
from .common import (Format, FormatOpt, NoHistoryOpt, ProblemArg, ProblemsOpt, RequireSandboxOpt,
                     SolutionOpt, WorkspaceOpt, app, finish, notify, progress)


@app.command()
def run(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
        format: Format = FormatOpt, all: bool = typer.Option(
            False, "--all", help="Run every case instead of stopping at the first failure."),
        problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt,
        require_sandbox: bool = RequireSandboxOpt, workspace: Optional[Path] = WorkspaceOpt) -> None:
    """Judge your solution on the hidden test cases (LeetCode's Submit)."""
    _judge("run", problem, solution, workspace, format, problems, no_history, render.print_report,
           all_cases=all, require_sandbox=require_sandbox)


@app.command()
def test(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
         case: List[str] = typer.Option(
             [], "--case", "-c", help="Your own input: one JSON value per parameter, one per line, "
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`. Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
         no_history: bool = NoHistoryOpt, require_sandbox: bool = RequireSandboxOpt,
         workspace: Optional[Path] = WorkspaceOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    _judge("custom" if case else "examples", problem, solution, workspace, format, problems,
           no_history, render.print_examples, require_sandbox=require_sandbox,
           **({"inputs": case} if case else {}))


def _judge(kind: str, problem, solution, workspace, format: Format, problems, no_history: bool,
           print_text, **options) -> None:
    """What run and test share: find, judge and record (api.attempt) with a progress bar, print,
    exit."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution, workspace)
    with progress(f"Judging {path.name}", format) as on_result:
        report, notices = api.attempt(kind, prob, path, no_history=no_history,
                                      on_result=on_result, **options)
    notify(notices)
    console = Console()
    if format is Format.json:
        render.print_json(report, console)
    else:
        print_text(report, prob, console)
    finish(report)


@app.command("list")
def list_(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """List the problems."""
    found = api.list_problems(problems)
    if format is Format.json:
        print(json.dumps([{"id": str(p.id), "slug": p.slug, "title": p.title,
                           "difficulty": p.difficulty, "tags": list(p.tags)} for p in found],
                         indent=2, ensure_ascii=False))
        return
    render.print_problem_list(found, Console())


@app.command()
def doctor(format: Format = FormatOpt) -> None:
    """Which protections the sandbox gives solutions on this machine, and why (exit 1: partial)."""
    diagnosis = api.doctor()
    if format is Format.json:
        print(json.dumps(diagnosis.to_json(), indent=2))
    else:
        render.print_doctor(diagnosis, Console())
    raise typer.Exit(ExitCode.of(diagnosis.ok))
