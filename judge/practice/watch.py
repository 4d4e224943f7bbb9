"""`judge watch`: judge the solution again every time it is saved.

Watches the solution's folder (not the file: editors often save by writing a new file and
renaming it over the old one) with watchfiles, and on each save runs the examples, then the
hidden cases if the examples pass. Every round is recorded in the history. A solution that does
not compile is just a Compile Error round, so half-typed code never stops the loop; Ctrl-C ends
it quietly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

import watchfiles

from judge.practice.attempts import attempt
from judge.errors import JudgeError
from judge.engine.problems import Problem
from judge.engine.verdicts import Report, Verdict

STEP_MS = 50          # a save is judged once the folder has been quiet this long
DEBOUNCE_MS = 400     # at most this long, even if writes keep coming
RECHECK_MS = 500      # how often the file's content is compared with the last one judged


@dataclass(frozen=True)
class Round:
    """What one save produced; `running` while the hidden cases are still being judged."""

    number: int
    at: datetime
    examples: Report | None = None
    hidden: Report | None = None
    running: bool = False
    error: str = ""                      # why nothing could be judged (the file is gone, ...)
    notices: tuple[str, ...] = field(default=())


def judge_once(problem: Problem, solution: Path, number: int,
               show: Callable[[Round], None], *, no_history: bool = False) -> Round:
    """One round: examples, then (if they pass) the hidden cases; `show` sees both stages."""
    at = datetime.now()
    if not solution.is_file():
        done = Round(number, at, error=f"{solution} is missing; waiting for it to be saved again")
        show(done)
        return done
    notices: list[str] = []
    try:
        examples, told = attempt("examples", problem, solution, no_history=no_history)
        notices += told
        if examples.verdict is not Verdict.AC:
            done = Round(number, at, examples, notices=tuple(notices))
            show(done)
            return done
        show(Round(number, at, examples, running=True))
        hidden, told = attempt("run", problem, solution, no_history=no_history)
        notices += told
    except JudgeError as e:
        done = Round(number, at, error=str(e), notices=tuple(notices))
        show(done)
        return done
    done = Round(number, at, examples, hidden, notices=tuple(notices))
    show(done)
    return done


def _fingerprint(path: Path) -> bytes | None:
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return None


def watch(problem: Problem, solution: Path, show: Callable[[Round], None], *,
          no_history: bool = False) -> int:
    """Judge now and after every save until Ctrl-C; return how many rounds ran.

    watchfiles starts watching only when first asked for changes, after the first round, so a
    save in between would be missed; it also wakes every RECHECK_MS, and a file whose content
    differs from the last one judged is judged then.
    """
    target = solution.resolve()
    number = 0
    try:
        judged = _fingerprint(target)
        number += 1
        judge_once(problem, solution, number, show, no_history=no_history)
        for changes in watchfiles.watch(target.parent, watch_filter=lambda _, p: Path(p) == target,
                                        step=STEP_MS, debounce=DEBOUNCE_MS, recursive=False,
                                        rust_timeout=RECHECK_MS, yield_on_timeout=True):
            now = _fingerprint(target)
            if not changes and now == judged:
                continue
            judged = now
            number += 1
            judge_once(problem, solution, number, show, no_history=no_history)
    except KeyboardInterrupt:   # the way to leave; a run in progress has already been stopped
        pass
    return number
