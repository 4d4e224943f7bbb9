"""The `judge` command: parse arguments, call judge.api, render, exit. Nothing else lives here.

Exit status: 0 Accepted, 1 any other verdict, 2 a usage or problem-package error, 3 a judge fault.
Errors are caught once, in `_edge`, and printed as one line on stderr.
"""

from __future__ import annotations

import functools
import json
import os
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import api, render
from .errors import InternalError, JudgeError
from .verdicts import Report, Verdict

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="An offline judge for coding-interview problems. See README.md.")


class Format(str, Enum):
    text = "text"
    json = "json"


ProblemArg = typer.Argument(..., help="LeetCode id (76) or slug (minimum-window-substring).")
SolutionOpt = typer.Option(None, "--solution", "-s", help="Solution file; default: found in solutions/.")
FormatOpt = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs.")
ProblemsOpt = typer.Option(None, "--problems", envvar="JUDGE_PROBLEMS",
                           help="Folder of problem packages (default: this checkout's problems/).")


def _edge(command):
    """Turn the judge's own errors into a one-line message and an exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except JudgeError as e:
            Console(stderr=True, highlight=False).print(f"judge: {e}", markup=False, soft_wrap=True)
            raise typer.Exit(e.exit_code)
        except KeyboardInterrupt:
            raise typer.Exit(130)

    return wrapper


def _busy(message: str, fmt: Format):
    """A spinner on stderr while judging, only for a person at a terminal."""
    err = Console(stderr=True)
    if fmt is Format.text and err.is_terminal:
        return err.status(message)
    return _Quiet()


class _Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _finish(report: Report) -> None:
    if report.verdict is Verdict.IE:
        raise typer.Exit(InternalError.exit_code)
    raise typer.Exit(0 if report.verdict is Verdict.AC else 1)


@app.command()
@_edge
def run(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
        format: Format = FormatOpt, all: bool = typer.Option(
            False, "--all", help="Run every case instead of stopping at the first failure."),
        problems: Optional[Path] = ProblemsOpt) -> None:
    """Judge your solution on the hidden test cases (LeetCode's Submit)."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    with _busy(f"Judging {path} ...", format):
        report = api.run(prob, path, all_cases=all)
    console = Console()
    if format is Format.json:
        render.print_json(report, console)
    else:
        render.print_report(report, prob, console)
    _finish(report)


@app.command()
@_edge
def test(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
         case: List[str] = typer.Option(
             [], "--case", "-c", help="Your own input: one JSON value per parameter, one per line, "
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`. Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    with _busy(f"Running {path} ...", format):
        report = api.run_custom(prob, path, case) if case else api.run_samples(prob, path)
    console = Console()
    if format is Format.json:
        render.print_json(report, console)
    else:
        render.print_examples(report, prob, console)
    _finish(report)


@app.command("list")
@_edge
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
@_edge
def build(problem: List[str] = typer.Argument(..., help="Problems whose data/ to rewrite."),
          problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: write data/ from the generator, answers from the reference."""
    from .build import build as build_data

    for query in problem:
        prob = api.find_problem(query, problems)
        summary = build_data(prob)
        print(f"{prob.key}: {summary.samples} examples, {summary.secret} hidden cases, "
              f"{summary.cross_checked} cross-checked against the brute force")


def main() -> None:
    if os.environ.get("JUDGE_DEBUG"):
        app()
        return
    try:
        app()
    except Exception as e:  # a judge bug: one line, not a traceback; JUDGE_DEBUG=1 shows it
        Console(stderr=True).print(f"judge: internal error: {e!r} (set JUDGE_DEBUG=1 for the "
                                   "traceback, and please report it)", markup=False)
        raise SystemExit(InternalError.exit_code)
