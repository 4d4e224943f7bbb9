"""`judge stress`: the smallest input on which a solution and the reference disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import (Format, FormatOpt, ProblemArg, ProblemsOpt, SolutionOpt, WorkspaceOpt, app)


@app.command()
def stress(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
           seed: Optional[int] = typer.Option(
               None, "--seed", help="Draw the same inputs as an earlier search (it prints its seed)."),
           max_examples: int = typer.Option(2000, "--max-examples", min=1,
                                            help="Try at most this many inputs."),
           time: float = typer.Option(30.0, "--time", min=0.1, metavar="SECONDS",
                                      help="Stop searching (and shrinking) after this long."),
           format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
           workspace: Optional[Path] = WorkspaceOpt) -> None:
    """Search for a small input your solution gets wrong (or crashes on), against the reference."""
    from rich.console import Console

    from judge import api
    from judge.errors import ExitCode
    from judge.render import reports
    from judge.render import stress as screens
    from .common import busy

    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution, workspace)
    with busy(f"Searching for an input {path.name} gets wrong", format):
        result = api.stress(prob, path, seed=seed, max_examples=max_examples, seconds=time)
    if format is Format.json:
        reports.print_document(screens.stress_json(result), Console())
    else:
        screens.print_stress(result, prob.title, Console(emoji=False, highlight=False))
    raise typer.Exit(ExitCode.of(result.found is None))
