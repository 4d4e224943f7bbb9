"""The `judge` command: each module parses arguments, calls judge.api, renders and exits.

Exit status: 0 Accepted, 1 any other verdict, 2 a usage or problem-package error, 3 a judge fault.
Commands register themselves on `app` when their module is imported, in the order of --help.
"""

from __future__ import annotations

import os

from rich.console import Console

from ..errors import InternalError
from . import judging, practice, setting, grading  # noqa: F401  (registers the commands)
from .common import app

__all__ = ["app", "main"]


def main() -> None:
    if os.environ.get("JUDGE_DEBUG"):
        app()
        return
    try:
        app()
    except Exception as e:  # a judge bug: one line, not a traceback; JUDGE_DEBUG=1 shows it
        from ..render import visible

        Console(stderr=True, emoji=False, highlight=False).print(
            visible(f"judge: internal error: {e!r} (set JUDGE_DEBUG=1 for the traceback, and "
                    "please report it)"), markup=False, soft_wrap=True)
        raise SystemExit(InternalError.exit_code)
