"""What every command shares: the typer app, the common options, and the error edge.

Errors are caught once, by `Edge` around parsing and every command, printed as one line on
stderr and turned into an ExitCode; a command itself only raises or returns. Every console is
made with emoji=False: rich would otherwise draw a solution's `:white_check_mark:` as an emoji.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import types
from enum import Enum
from pathlib import Path

from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

from judge import api
from judge.errors import ExitCode, JudgeError

if TYPE_CHECKING:
    from judge.engine.verdicts import Report

# Start-up: `judge --help`, completion and `judge list` import only typer and what they use.
# rich.console, judge.render and the engine are imported where they are used, when a command
# runs (judge.api itself is lazy), so this module and every command module stay cheap to load.


def _say(line: str) -> None:
    """One line on stderr: what it quotes (a path, an input) cannot break it or draw on it."""
    from rich.console import Console

    from judge.render.reports import visible

    Console(stderr=True, emoji=False, highlight=False).print(
        visible(line, one_line=True), markup=False, soft_wrap=True)


@contextlib.contextmanager
def _edge():
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise                                   # an exit code already chosen, or help shown
    except typer.TyperException as e:           # a bad argument: one line, like our errors
        message = " ".join(e.format_message().split())
        ctx = getattr(e, "ctx", None)
        _say(f"judge: {message}" + (f" (see `{ctx.command_path} --help`)" if ctx else ""))
        raise typer.Exit(ExitCode.USAGE) from None
    except JudgeError as e:
        _say(f"judge: {e}")
        raise typer.Exit(e.exit_code) from None
    except KeyboardInterrupt:
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:                     # nobody reads stdout any more: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitCode.OUTPUT_CLOSED) from None
    except Exception as e:                      # a judge bug: JUDGE_DEBUG=1 shows the traceback
        if os.environ.get("JUDGE_DEBUG"):
            raise
        _say(f"judge: internal error: {repr(e)[:300]} (set JUDGE_DEBUG=1 for the traceback, "
             "and please report it)")
        raise typer.Exit(ExitCode.JUDGE_FAULT) from None


class _NotQuick(Exception):
    """A value the quick coercion leaves to typer's own (which says what is wrong with it)."""


class _Quick:
    """Typer's coercion of a command-line value, without pydantic, for the plain kinds the judge's
    options use (str, bool, int, an Enum, a Path, a list of those).

    Typer coerces every value through a pydantic TypeAdapter, and importing pydantic and
    building the adapters costs ~80 ms, a third of what `judge run 11` takes in all. A valid
    value of a plain kind is turned into what typer's adapter returns; anything else (an
    invalid value, another kind, a parser) goes to typer's own coercion, so that its errors and
    its semantics stay exactly typer's. tests/test_cli.py compares the two on every option.
    """

    def __init__(self, descriptor, build):
        self.descriptor, self.build, self.slow = descriptor, build, None

    def coerce(self, value, param, ctx):
        try:
            return self.quick(value, param, ctx)
        except Exception:           # typer's coercion decides, and words the error
            if self.slow is None:
                self.slow = self.build(self.descriptor)
            return self.slow.coerce(value, param=param, ctx=ctx)

    def quick(self, value, param, ctx):
        from typing import get_args, get_origin

        info = self.descriptor.parameter_info
        if self.descriptor.file_annotation is not None or info.parser is not None:
            raise _NotQuick
        annotation = self.descriptor.annotation
        if not (param.multiple or param.nargs == -1):
            return None if value is None else self.one(value, annotation, info, param, ctx)
        if value is None:
            return ()
        if get_origin(annotation) is not list or not isinstance(value, (list, tuple)):
            raise _NotQuick
        (item,) = get_args(annotation)
        return [self.one(v, item, info, param, ctx) for v in value]

    @staticmethod
    def one(value, annotation, info, param, ctx):
        from typer._param_types import coerce_cli_choice, coerce_cli_path

        if annotation in (str, bool) and type(value) is annotation:
            return value
        if annotation is int and not info.clamp:
            number = value if type(value) is int else \
                int(value) if type(value) is str and _DECIMAL.fullmatch(value) else None
            if number is not None and (info.min is None or number >= info.min) and \
                    (info.max is None or number <= info.max):
                return number
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            return coerce_cli_choice(value, choices=list(annotation),
                                     case_sensitive=info.case_sensitive, ctx=ctx)
        if annotation is Path and info.path_type is None and \
                (isinstance(value, Path) or type(value) is str and value):
            return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        raise _NotQuick


_DECIMAL = re.compile(r"-?(0|[1-9][0-9]{0,17})")


def _quicken(params) -> None:
    """Give these parameters the quick coercion (when this typer has the hooks for it)."""
    try:
        from typer._coercion import build_runtime_param
    except ImportError:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", False) is None:
            param._runtime_param = _Quick(descriptor, build_runtime_param)


class _Markdown:
    """Stands in for rich.markdown.Markdown in typer's help renderer: the real one is imported
    when a help text is first drawn as Markdown, which the judge's never is."""

    def __new__(cls, *args, **kwargs):
        from rich.markdown import Markdown

        return Markdown(*args, **kwargs)


class _Traceback:
    """Stands in for rich.traceback.Traceback likewise (typer's pretty exceptions are off)."""

    @classmethod
    def from_exception(cls, *args, **kwargs):
        from rich.traceback import Traceback

        return Traceback.from_exception(*args, **kwargs)


def _light_help_renderer() -> None:
    """Import typer's help renderer without rich.markdown and rich.traceback, which it imports
    up front but uses only for Markdown help and pretty tracebacks: markdown-it, pygments and
    the traceback renderer are ~30 ms of the ~150 ms that `judge --help` takes. The help drawn
    is the same, box for box. The stand-ins live only in typer.rich_utils; anyone importing
    rich.markdown afterwards gets the real module."""
    if "typer.rich_utils" in sys.modules:
        return
    placed = []
    for name, attr, stand_in in (("rich.markdown", "Markdown", _Markdown),
                                 ("rich.traceback", "Traceback", _Traceback)):
        if name not in sys.modules:
            module = types.ModuleType(name)
            setattr(module, attr, stand_in)
            sys.modules[name] = module
            placed.append(name)
    try:
        import typer.rich_utils  # noqa: F401
    finally:
        for name in placed:
            del sys.modules[name]


def _let_ctrl_c_through() -> None:
    """End the hold on Ctrl-C that judge.cli.main puts on start-up: a Ctrl-C pressed meanwhile
    is raised here, inside the boundary."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class Edge(TyperGroup):
    """The one error boundary, around parsing the command line and around every command:
    whatever is raised becomes one line on stderr and an ExitCode."""

    def get_command(self, ctx, cmd_name):
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _quicken(command.get_params(ctx))
        return command

    def parse_args(self, ctx, args):
        _quicken(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def make_context(self, info_name, args, parent=None, **extra):
        if not args or "--help" in args:
            _light_help_renderer()
        if not args and self.no_args_is_help:       # `judge` alone: the help, as click shows it
            _let_ctrl_c_through()
            return super().make_context(info_name, args, parent, **extra)
        with _edge():
            _let_ctrl_c_through()
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: typer.Context):
        with _edge():
            return super().invoke(ctx)


app = typer.Typer(cls=Edge, add_completion=True, no_args_is_help=True,
                  pretty_exceptions_enable=False,
                  help="An offline judge for coding-interview problems. See README.md.")


def _print_version(asked: bool) -> None:
    if asked:
        from judge import __version__

        print(f"judge {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_print_version,
                                          is_eager=True, help="Print the version and exit.")):
    """An offline judge for coding-interview problems. See README.md."""


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
SolutionOpt = typer.Option(None, "--solution", "-s", readable=False,   # judge.engine.solutions says why
                           help="Solution file; default: found in solutions/.")
FormatOpt = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs.")
RequireSandboxOpt = typer.Option(
    False, "--require-sandbox", help="Refuse to grade (exit 2) unless the kernel sandbox is full; "
                                     "`judge doctor` shows it.")
WorkspaceOpt = typer.Option(
    None, "--workspace", "-w", envvar="JUDGE_WORKSPACE",
    help="Folder whose solutions/ holds your solutions (default: the current folder).")
InterviewOpt = typer.Option(
    False, "--interview", envvar="JUDGE_INTERVIEW",
    help="Interview mode: the hidden cases' verdict, count and time only, nothing of the cases "
         "(JUDGE_INTERVIEW=1 does the same, and closes `judge explain`).")
ProblemsOpt = typer.Option(None, "--problems", envvar="JUDGE_PROBLEMS",
                           help="Folder of problem packages (default: this checkout's problems/).")


def busy(message: str, fmt: Format):
    """A spinner on stderr while judging, only for a person at a terminal."""
    from rich.console import Console

    err = Console(emoji=False, stderr=True)
    if fmt is Format.text and err.is_terminal:
        return err.status(message)
    return contextlib.nullcontext()


@contextlib.contextmanager
def progress(message: str, fmt: Format):
    """A progress bar on stderr for a person at a terminal; yields the per-case callback."""
    from rich.console import Console

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
        _say(f"judge: {notice}")


def finish(report: Report) -> None:
    from judge.engine.verdicts import Verdict

    if report.verdict is Verdict.IE:
        raise typer.Exit(ExitCode.JUDGE_FAULT)
    raise typer.Exit(ExitCode.of(report.verdict is Verdict.AC))
