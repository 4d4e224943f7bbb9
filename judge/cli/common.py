"""What every command shares: the typer app, the common options, and the error edge.

Errors are caught once, in `edge`, and printed as one line on stderr. Every console is made
with emoji=False: rich would otherwise draw a solution's `:white_check_mark:` as an emoji.
"""

from __future__ import annotations

import contextlib
import functools
from enum import Enum

import typer
from rich.console import Console

from .. import api
from ..errors import InternalError, JudgeError
from ..render import visible
from ..verdicts import Report, Verdict

app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="An offline judge for coding-interview problems. See README.md.")


class Format(str, Enum):
    text = "text"
    json = "json"


def complete_problem(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion for PROBLEM: ids and slugs, each with its title."""
    try:
        found = api.list_problems(ctx.params.get("problems"))
    except JudgeError:
        return []
    pairs = [(v, p.title) for p in found for v in (str(p.id), p.slug)]
    return [(value, title) for value, title in pairs if value.startswith(incomplete)]


ProblemArg = typer.Argument(..., help="LeetCode id (76) or slug (minimum-window-substring).",
                            autocompletion=complete_problem)
NoHistoryOpt = typer.Option(False, "--no-history",
                            help="Do not record this attempt (JUDGE_NO_HISTORY=1 does the same).")
SolutionOpt = typer.Option(None, "--solution", "-s", readable=False,   # judge.solutions says why
                           help="Solution file; default: found in solutions/.")
FormatOpt = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs.")
RequireSandboxOpt = typer.Option(
    False, "--require-sandbox", help="Refuse to grade (exit 2) unless the kernel sandbox is full; "
                                     "`judge doctor` shows it.")
ProblemsOpt = typer.Option(None, "--problems", envvar="JUDGE_PROBLEMS",
                           help="Folder of problem packages (default: this checkout's problems/).")


def edge(command):
    """Turn the judge's own errors into a one-line message and an exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except JudgeError as e:
            Console(emoji=False, stderr=True, highlight=False).print(
                visible(f"judge: {e}", one_line=True), markup=False, soft_wrap=True)
            raise typer.Exit(e.exit_code)
        except KeyboardInterrupt:
            raise typer.Exit(130)

    return wrapper


def busy(message: str, fmt: Format):
    """A spinner on stderr while judging, only for a person at a terminal."""
    err = Console(emoji=False, stderr=True)
    if fmt is Format.text and err.is_terminal:
        return err.status(message)
    return contextlib.nullcontext()


@contextlib.contextmanager
def progress(message: str, fmt: Format):
    """A progress bar on stderr for a person at a terminal; yields the per-case callback."""
    err = Console(emoji=False, stderr=True)
    if fmt is not Format.text or not err.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(message, total=None)
        yield lambda result, total: bar.update(task, total=total, advance=1)


def notify(notices: list[str]) -> None:
    for notice in notices:
        Console(emoji=False, stderr=True, highlight=False).print(
            visible(f"judge: {notice}", one_line=True), markup=False, soft_wrap=True)


def finish(report: Report) -> None:
    if report.verdict is Verdict.IE:
        raise typer.Exit(InternalError.exit_code)
    raise typer.Exit(0 if report.verdict is Verdict.AC else 1)
