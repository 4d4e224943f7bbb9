"""Judging a solution: run (LeetCode's Submit), test (its Run), list, doctor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .. import api, history, render
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
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`. Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
         no_history: bool = NoHistoryOpt, require_sandbox: bool = RequireSandboxOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    def judge(prob, path, **kw):
        if case:
            return api.run_custom(prob, path, case, require_sandbox=require_sandbox, **kw)
        return api.run_samples(prob, path, require_sandbox=require_sandbox, **kw)

    _judge(problem, solution, format, problems, no_history, "custom" if case else "examples",
           render.print_examples, judge)


def _judge(problem, solution, format: Format, problems, no_history: bool, kind: str,
           print_text, judge) -> None:
    """What run and test share: find, snapshot, judge with a progress bar, record, print, exit."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
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
