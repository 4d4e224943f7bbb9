"""The learner's commands: show, explain, new, watch, history, stats."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from judge import api
from judge.practice import statements
from judge.errors import UsageError
from judge.render import reports as render
from .common import (Format, FormatOpt, InterviewOpt, NoHistoryOpt, ProblemArg, ProblemsOpt,
                     SolutionOpt, WorkspaceOpt, app, complete_problem, notify)


LangOpt = typer.Option(None, "--lang", "-l", help="en or zh; default: from the locale (LANG).")


def _page(problem: str, text, lang, format: Format, problems: Optional[Path]) -> None:
    from judge.render import practice as screens

    prob = api.find_problem(problem, problems)
    if format is Format.json:
        render.print_document(screens.statement_json(prob, text, lang), Console(), ascii=False)
    else:
        screens.print_statement(prob, text, lang, Console(emoji=False))


@app.command()
def show(problem: str = ProblemArg, lang: Optional[statements.Lang] = LangOpt,
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Print the problem statement: the task, the examples, the constraints."""
    _page(problem, statements.Text.statement, lang, format, problems)


@app.command()
def explain(problem: str = ProblemArg, lang: Optional[statements.Lang] = LangOpt,
            format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """The intended approach, why it works, and its complexity (spoilers: only when asked)."""
    import os

    if os.environ.get("JUDGE_INTERVIEW", "").strip().lower() in ("1", "true", "yes", "on"):
        raise UsageError("interview mode is on (JUDGE_INTERVIEW): the explanation stays closed "
                         "until it is off; `judge show` still gives the statement")
    _page(problem, statements.Text.explanation, lang, format, problems)


@app.command()
def new(problem: str = ProblemArg, force: bool = typer.Option(
            False, "--force", help="Replace an existing file; the old one is kept as NAME.py.bak."),
        problems: Optional[Path] = ProblemsOpt, workspace: Optional[Path] = WorkspaceOpt) -> None:
    """Write a starter file in solutions/: the signature and the examples, no solution."""
    from judge.render import practice as screens
    from judge.practice import workspace as workspace_

    prob = api.find_problem(problem, problems)
    screens.print_new(workspace_.new(prob, force=force, workspace=workspace), prob,
                      Console(emoji=False, highlight=False, soft_wrap=True))


@app.command()
def watch(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
          problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt,
          workspace: Optional[Path] = WorkspaceOpt, interview: bool = InterviewOpt) -> None:
    """Judge again on every save: the examples, then the hidden cases. Ctrl-C stops."""
    from judge.practice import history
    from judge.practice import watch as watching
    from judge.render import practice as screens

    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution, workspace)
    notify(history.preflight(no_history=no_history))
    console = Console(emoji=False, highlight=False)
    rounds = watching.watch(prob, path, lambda r: screens.print_round(r, prob, str(path), console,
                                                                      interview=interview),
                            no_history=no_history)
    console.print(f"stopped watching {render.safe(path)} after {rounds} "
                  f"round{'s' if rounds != 1 else ''}")


@app.command("history")
def history_(problem: Optional[str] = typer.Argument(
                 None, help="Only this problem's attempts.", autocompletion=complete_problem),
             show: Optional[int] = typer.Option(None, "--show", metavar="N",
                                                help="Print the code of attempt N."),
             limit: int = typer.Option(20, "--limit", "-n", min=0,
                                       help="How many of the newest (0: all)."),
             format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Your earlier attempts, newest first; --show N prints the code of one."""
    from judge.render import practice as screens

    key = str(api.find_problem(problem, problems).id) if problem else None
    from judge.practice import history

    with history.History() as past:
        found = past.attempt(show) if show is not None else past.attempts(key, limit or None)
    notify(past.notices)
    if show is not None:
        attempt, code = found
        if key and attempt.problem != key:
            raise UsageError(f"attempt {show} is for problem {attempt.problem}, not {key}")
        if format is Format.json:
            render.print_document(screens.attempt_json(attempt, code), Console())
        else:
            screens.print_code(attempt, code, Console(emoji=False),
                               Console(emoji=False, stderr=True))
    elif format is Format.json:
        render.print_document([screens.attempt_json(a) for a in found], Console())
    else:
        screens.print_history(found, Console(emoji=False))


@app.command()
def stats(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Progress per problem: attempts, solved or not, when, and the best time."""
    from judge.render import practice as screens

    found = api.list_problems(problems)
    from judge.practice import history

    with history.History() as past:
        rows = past.stats()
    notify(past.notices)
    if format is Format.json:
        render.print_document(screens.progress_json(rows, found), Console())
    else:
        screens.print_stats(rows, found, Console(emoji=False))
