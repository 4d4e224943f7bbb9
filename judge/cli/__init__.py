"""The `judge` command: each module parses arguments, calls judge.api, renders and exits.

Exit status (judge.errors.ExitCode): 0 Accepted, 1 any other verdict, 2 a usage or
problem-package error, 3 a judge fault, 130 interrupted. Errors become exit codes in one place,
`common.Edge`. Commands register themselves on `app` when their module is imported, in the
order of --help.
"""

from __future__ import annotations

from judge.cli import judging, analysis, stress, practice, setting, grading  # noqa: F401  (registers the commands)
from .common import app

__all__ = ["app", "main"]


def main() -> None:
    app()
