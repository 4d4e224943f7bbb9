"""The `judge` command: each module parses arguments, calls judge.api, renders and exits.

Exit status: 0 Accepted, 1 any other verdict, 2 a usage or problem-package error, 3 a judge fault.
Commands register themselves on `app` when their module is imported, in the order of --help.
"""

from __future__ import annotations

import os

import typer
from rich.console import Console

from ..errors import InternalError
from . import judging, practice, setting, grading  # noqa: F401  (registers the commands)
from .common import app

__all__ = ["app", "main"]

try:   # typer vendors click from 0.20 on; before, it uses click itself
    from typer._click import exceptions as _click_errors
except ImportError:  # pragma: no cover
    from click import exceptions as _click_errors


def _say(line: str) -> None:
    from ..render import visible

    Console(stderr=True, emoji=False, highlight=False).print(
        visible(line, one_line=True), markup=False, soft_wrap=True)


def main() -> None:
    if os.environ.get("JUDGE_DEBUG"):
        app()
        return
    try:
        status = app(standalone_mode=False)
    except _click_errors.NoArgsIsHelpError as e:      # `judge` alone: the help, as click does
        e.show()
        raise SystemExit(e.exit_code)
    except _click_errors.ClickException as e:         # a bad argument: one line, like ours
        _say(f"judge: {_usage_line(e)}")
        raise SystemExit(e.exit_code)
    except typer.Abort:
        _say("judge: aborted")
        raise SystemExit(130)
    except Exception as e:  # a judge bug: one line, not a traceback; JUDGE_DEBUG=1 shows it
        _say(f"judge: internal error: {repr(e)[:300]} (set JUDGE_DEBUG=1 for the traceback, "
             "and please report it)")
        raise SystemExit(InternalError.exit_code)
    raise SystemExit(status if isinstance(status, int) else 0)


def _usage_line(error) -> str:
    """click's message on one line, with the command whose --help explains it."""
    message = " ".join(error.format_message().split())
    ctx = getattr(error, "ctx", None)
    if ctx is None:
        return message
    return f"{message} (see `{ctx.command_path} --help`)"
