"""The `judge` command: each module parses arguments, calls judge.api, renders and exits.

Exit status (judge.errors.ExitCode): 0 Accepted, 1 any other verdict, 2 a usage or
problem-package error, 3 a judge fault, 130 interrupted. Errors become exit codes in one place,
`common.Edge`. Commands register themselves on `app` when their module is imported, in the
order of --help.

`judge <command>` imports only the module of that command (`COMMANDS`): the others, and what
they import, are start-up time that command does not need. A help is printed from the cache
when it was rendered before for the same judge and terminal (`helpcache`). `judge` alone, `--help`, `--version`,
shell completion, a mistyped command and `from judge.cli import app` get every command.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import sys

MODULES = ("judging", "analysis", "stress", "practice", "setting", "grading")   # --help's order
COMMANDS = {"run": "judging", "test": "judging", "list": "judging", "doctor": "judging",
            "analyze": "analysis", "stress": "stress", "show": "practice",
            "explain": "practice", "new": "practice", "watch": "practice",
            "history": "practice", "stats": "practice", "build": "setting", "check": "setting",
            "new-problem": "setting", "grade": "grading"}
COMPLETION_ENV = "_JUDGE_COMPLETE"      # set by the shell's completion script (click's convention)

__all__ = ["app", "main"]


def _app(modules):
    """The app with the commands of `modules` registered. Importing allocates many objects and
    frees almost none, so the cyclic garbage collector is paused meanwhile: its passes over
    the growing heap found nothing to free and cost ~10% of start-up."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        for name in modules:
            importlib.import_module(f"judge.cli.{name}")
    finally:
        if enabled:
            gc.enable()
    from .common import app

    return app


def __getattr__(name: str):
    if name == "app":               # the whole CLI, for tests and for programs that drive it
        return _app(MODULES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _modules_for(argv: list[str]) -> tuple[str, ...]:
    """The command modules a command line needs: its command's alone, when it names one."""
    if len(argv) > 1 and argv[1] in COMMANDS and COMPLETION_ENV not in os.environ:
        return (COMMANDS[argv[1]],)
    return MODULES


# Commands that judge, and the worker each starts first thing (judge.engine.launch), so that its
# start-up overlaps the judge's own on another core. One: with more, the workers' start-ups and
# the judge's imports outnumber the cores of a laptop, and each slows the others (on 2 cores,
# two ahead made `judge run 239` ~50 ms slower than one); a run's other workers start when its
# cases do. A worker not used dies at exit.
PRESTART = ("run", "test")


def main() -> None:
    # Ctrl-C is held until the commands' error boundary holds (common.Edge lets it through):
    # raised in the middle of an import, a KeyboardInterrupt can surface as another error
    # (class creation wraps it in a RuntimeError) or end the process by SIGINT.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    from . import helpcache

    try:
        if helpcache.show(sys.argv, COMMANDS):      # the help, as last rendered here
            return
        command = sys.argv[1] if len(sys.argv) > 1 else ""
        if command in PRESTART and COMPLETION_ENV not in os.environ:
            from judge.engine import launch

            launch.prestart(1)
        app = _app(_modules_for(sys.argv))
        # What start-up built lives until the process ends: frozen, the collector never walks it
        # again, not in the run nor in the last collection at exit (~15% of a short command's CPU).
        gc.freeze()
        helpcache.run(app, sys.argv, COMMANDS)
    except KeyboardInterrupt:   # the boundary lets Ctrl-C through and turns it into an exit:
        _interrupted()          # this is for one that slips past it
    except SystemExit as e:
        if e.code == INTERRUPTED:
            _interrupted()
        raise


INTERRUPTED = 130       # judge.errors.ExitCode.INTERRUPTED, which start-up may not have loaded


def _interrupted() -> None:
    """Exit 130 after Ctrl-C, by os._exit once the streams are flushed and the workers started
    ahead are gone. Not by sys.exit: CPython 3.11 takes a KeyboardInterrupt raised inside source
    run by exec() (as dataclasses and namedtuple do while a module is imported) for an
    unhandled one even once it is caught, and then ends the process by SIGINT (-2 to a parent
    that waits for it), whatever exit status was asked for."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    if "judge.engine.launch" in sys.modules:
        sys.modules["judge.engine.launch"].discard()
    os._exit(INTERRUPTED)
