"""Errors the judge raises about its own inputs.

A failing *solution* is never an exception: it is a Verdict inside a Report. These types are for
everything else (a bad command line, a broken problem package, a judge fault) and carry a message
a user can act on. The CLI catches JudgeError once, at the edge, and exits with `exit_code`.
"""


class JudgeError(Exception):
    exit_code = 2


class UsageError(JudgeError):
    """The user asked for something that cannot be done: unknown problem, missing file, bad input."""


class ProblemError(JudgeError):
    """A problem package is broken; the message names the file and what is wrong in it."""


class InternalError(JudgeError):
    """The judge itself failed (not the solution): a bug or a broken environment."""

    exit_code = 3
