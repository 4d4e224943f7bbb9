"""The problem setter's commands: build, check, new-problem."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from judge import api
from judge.render import reports as render
from judge.errors import ExitCode, UsageError
from .common import Format, FormatOpt, ProblemsOpt, busy, app


@app.command()
def build(problem: List[str] = typer.Argument(..., help="Problems whose data/ to rewrite."),
          problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: write data/ from the generator, answers from the reference."""
    from judge.setter.build import build as build_data

    for query in problem:
        prob = api.find_problem(query, problems)
        summary = build_data(prob)
        print(f"{prob.key}: {summary.samples} examples, {summary.secret} hidden cases, "
              f"{summary.cross_checked} cross-checked against the brute force")


@app.command()
def check(problem: List[str] = typer.Argument(None, help="Problems to check (ids or slugs)."),
          all: bool = typer.Option(False, "--all", help="Check every problem."),
          jobs: int = typer.Option(2, "--jobs", "-j", min=1, help="Workers run in parallel."),
          fresh: bool = typer.Option(False, "--fresh", help="Check again even what passed "
                                                             "before and has not changed."),
          format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: prove packages (data, answers, known verdicts, time margins, mutants)."""
    if bool(problem) == all:
        raise UsageError("name the problems to check, or give --all")
    found = api.list_problems(problems) if all else [api.find_problem(q, problems) for q in problem]
    with busy(f"Checking {len(found)} problem(s) ...", format):
        report = api.check(found, jobs=jobs, fresh=fresh)
    if format is Format.json:
        render.print_document(render.check_json(report), Console(), ascii=False)
    else:
        render.print_check(report, Console(emoji=False))
    raise typer.Exit(ExitCode.of(report.ok))


@app.command("new-problem")
def new_problem(slug: str = typer.Argument(..., help="e.g. trapping-rain-water, or 42-trapping-rain-water."),
                id: Optional[int] = typer.Option(None, "--id", min=1, help="LeetCode's number."),
                title: Optional[str] = typer.Option(None, "--title", help="Default: from the slug."),
                problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: write a package skeleton; `judge check ID` then says what is left."""
    made = api.new_problem(slug, id=id, title=title, problems_dir=problems)
    print(f"wrote {made.root}/\nnext: fill in every TODO, `judge build {made.id}`, and repeat "
          f"`judge check {made.id}` until it passes")
