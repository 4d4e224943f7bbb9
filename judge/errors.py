"""Errors the judge raises about its own inputs, and the exit codes they become.

A failing *solution* is never an exception: it is a Verdict inside a Report. These types are for
everything else (a bad command line, a broken problem package, a judge fault) and carry a message
a user can act on. The CLI catches them once, at its edge (judge.cli.common), and exits with
their `exit_code`.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    """What every `judge` command exits with; scripts and CI rely on these numbers."""

    ACCEPTED = 0          # the verdict is Accepted (or a check, a doctor, a grading passed)
    NOT_ACCEPTED = 1      # any other verdict: a result, not a failure of the judge
    USAGE = 2             # the user asked for something impossible, or a problem is broken
    JUDGE_FAULT = 3       # a bug of the judge (Internal Error), never the solution's doing
    INTERRUPTED = 130     # Ctrl-C, as shells count it (128 + SIGINT)
    OUTPUT_CLOSED = 141   # the reader went away (`judge list | head`), as SIGPIPE would end it

    @classmethod
    def of(cls, passed: bool) -> "ExitCode":
        return cls.ACCEPTED if passed else cls.NOT_ACCEPTED


class JudgeError(Exception):
    exit_code = ExitCode.USAGE


class UsageError(JudgeError):
    """The user asked for something that cannot be done: unknown problem, missing file, bad input."""


class ProblemError(JudgeError):
    """A problem package is broken; the message names the file and what is wrong in it."""


class InternalError(JudgeError):
    """The judge itself failed (not the solution): a bug or a broken environment."""

    exit_code = ExitCode.JUDGE_FAULT
