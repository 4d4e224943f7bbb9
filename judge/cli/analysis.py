"""Measuring a solution rather than judging it: `judge analyze`, how its time grows with n."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import Format, FormatOpt, ProblemArg, ProblemsOpt, SolutionOpt, WorkspaceOpt, app


@app.command()
def analyze(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
            format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
            workspace: Optional[Path] = WorkspaceOpt,
            family: List[str] = typer.Option([], "--family", help="Only this family of inputs "
                                              "(the generator's families(); repeatable)."),
            repeats: int = typer.Option(3, "--repeats", min=1, max=15,
                                        help="Runs per size; the median is taken."),
            time_budget: float = typer.Option(
                300.0, "--time", min=5.0, help="Stop measuring after about this many seconds.")
            ) -> None:
    """How your solution's time and memory grow with the input's size, beside the reference's:
    inputs of growing size from the problem's generator, each size timed in a worker."""
    from rich.console import Console

    from judge import api
    from judge.render import analysis as render
    from judge.render.reports import print_document
    from .common import busy

    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution, workspace)
    with busy(f"Measuring {path.name} on inputs of growing size", format) as status:
        def progress(message: str) -> None:
            if status is not None:
                status.update(f"Measuring {path.name}: {message}")
        found = api.analyze(prob, path, repeats=repeats, budget_s=time_budget, only=family,
                            on_progress=progress)
    console = Console(emoji=False)
    if format is Format.json:
        print_document(render.analysis_json(found), console)
    else:
        render.print_analysis(found, console)
