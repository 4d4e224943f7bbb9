"""What the benchmarks share: the bare loop that every judge is measured against, whole-process
timing, and interleaving, so that each script measures the same thing the same way."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))     # the checkout's judge and problems, even without an install

# The least any judge could cost: one Python process that reads the same case files, imports the
# same solution and calls it on every case (no limits, no checking, no worker).
# argv: solution, cases folder, method, comma-separated parameter names.
BARE = """
import json, sys, importlib.util
from pathlib import Path
from typing import List
spec = importlib.util.spec_from_file_location("solution", sys.argv[1])
module = importlib.util.module_from_spec(spec); module.List = List; spec.loader.exec_module(module)
method, params = sys.argv[3], sys.argv[4].split(",")
for case in sorted(Path(sys.argv[2]).glob("*.in")):
    args = json.loads(case.read_text())
    getattr(module.Solution(), method)(*[args[p] for p in params])
"""


def bare_command(problem, solution: Path, python: str = sys.executable) -> list[str]:
    """The bare loop over `problem`'s hidden cases with `solution`, as a command line."""
    return [python, "-c", BARE, str(solution), str(problem.root / "data" / "secret"),
            problem.entry.method, ",".join(p.name for p in problem.entry.params)]


def judge_command() -> list[str]:
    """The `judge` console script installed beside the interpreter running the bench: the
    command a user types, start-up included, rather than `python -m judge`."""
    script = Path(sys.executable).parent / "judge"
    if not script.exists():
        raise SystemExit(f"no judge script beside {sys.executable}: run the bench with the "
                         "interpreter of a venv where the judge is installed (pip install -e .)")
    return [str(script)]


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a timed process: this one, plus `extra`, but with bytecode caching on
    as a user has it (PYTHONDONTWRITEBYTECODE, set in some shells and CI images, would have every
    run of the judge compile its ~60 modules again: ~150 ms that no installed judge pays)."""
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall(cmd: list[str], env: dict[str, str] | None = None,
         cwd: Path = ROOT) -> tuple[float, subprocess.CompletedProcess]:
    """Run `cmd` as a whole process; its wall time in ms, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=environment(env))
    return (time.perf_counter() - start) * 1000, done


def first_line(cmd: list[str], env: dict[str, str] | None = None,
               cwd: Path = ROOT) -> tuple[float, float, str, str, int]:
    """Run `cmd` as a whole process, as a user watching its output does: (ms until its first
    line of output arrived, ms until it exited, its stdout, its stderr, its exit status). The
    first line is what the user sees first: a report's verdict."""
    with tempfile.TemporaryFile("w+") as err:   # a file: stderr can never fill a pipe and block
        start = time.perf_counter()
        with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, cwd=cwd,
                              env=environment(env)) as process:
            head = process.stdout.readline()
            seen = time.perf_counter()
            rest = process.stdout.read()
        done = time.perf_counter()
        err.seek(0)
        return (seen - start) * 1000, (done - start) * 1000, head + rest, err.read(), \
            process.returncode


def interleaved(measures: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Call every measure once per run, back to back, rotating which goes first, so that load
    drifting during the run hits all of them alike and none always runs on a warmer machine."""
    names = list(measures)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        shift = run % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(measures[name]())
    return samples
