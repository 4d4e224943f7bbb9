"""The CLI's one error boundary (judge.cli.common.Edge): each kind of ending has its ExitCode and
at most one line on stderr, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import typer
from typer.testing import CliRunner

from judge.cli.common import Edge
from judge.errors import ExitCode, ProblemError, UsageError

from conftest import ROOT


def _app(error: BaseException) -> typer.Typer:
    app = typer.Typer(cls=Edge)

    @app.command()
    def fail() -> None:
        raise error

    @app.command()
    def other() -> None:   # two commands, so that `fail` is a subcommand as in the real CLI
        pass

    return app


@pytest.mark.parametrize("error, code, line", [
    (UsageError("no problem 'x'"), ExitCode.USAGE, "judge: no problem 'x'"),
    (ProblemError("problem.toml: missing"), ExitCode.USAGE, "judge: problem.toml: missing"),
    (RuntimeError("boom"), ExitCode.JUDGE_FAULT, "judge: internal error: RuntimeError('boom')"),
    (KeyboardInterrupt(), ExitCode.INTERRUPTED, None),
], ids=["usage", "problem", "bug", "interrupt"])
def test_each_error_type_becomes_its_exit_code(error, code, line, monkeypatch):
    monkeypatch.delenv("JUDGE_DEBUG", raising=False)
    result = CliRunner().invoke(_app(error), ["fail"])
    assert result.exit_code == code
    assert "Traceback" not in result.output
    if line:
        assert result.output.splitlines()[0].startswith(line)


def test_the_exit_codes_are_the_documented_numbers():
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 130, 141]


@pytest.mark.parametrize("command", [["list", "--format", "json"], ["show", "11"],
                                     ["doctor", "--format", "json"]], ids=lambda c: c[0])
def test_a_reader_that_goes_away_is_not_an_internal_error(command):
    """`judge show 11 | head -1`: the judge stops quietly when its reader leaves."""
    done = subprocess.run(f"{sys.executable} -m judge {' '.join(command)} | head -c 1",
                          shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "80"})
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def _ctrl_c(write, delay: float) -> tuple[int, str, list[int]]:
    """Start `judge run 11` on a solution that sleeps, press Ctrl-C `delay` seconds after its
    first worker appears; its exit status, its stderr and the workers still alive after it."""
    sleeper = write("import time\nclass Solution:\n    def maxArea(self, height):\n"
                    "        time.sleep(3600)\n")
    proc = subprocess.Popen([sys.executable, "-m", "judge", "run", "11", "-s", str(sleeper),
                             "--no-history"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _workers_of(proc.pid):
        time.sleep(0.002)
    workers = _workers_of(proc.pid)
    assert workers, "the worker never started"
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err, [pid for pid in workers if os.path.exists(f"/proc/{pid}")]


@pytest.mark.slow
def test_ctrl_c_during_a_run_exits_130_and_leaves_no_worker(write):
    """A second after the worker starts, the solution is asleep in its first case."""
    assert _ctrl_c(write, 1.0) == (ExitCode.INTERRUPTED, "", [])


@pytest.mark.parametrize("delay", [0.0, 0.005, 0.01, 0.02, 0.04, 0.08])
def test_ctrl_c_at_any_moment_of_start_up_exits_130_quietly(write, delay):
    """The first worker starts before the judge has loaded anything else, so a Ctrl-C right after
    it lands in the middle of imports: it must still end in 130, no traceback, no worker left."""
    assert _ctrl_c(write, delay) == (ExitCode.INTERRUPTED, "", [])


def _workers_of(judge: int) -> list[int]:
    """The judge's worker processes: its children, each in a scratch folder of its own."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            ppid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except (OSError, ValueError, IndexError):
            continue
        if ppid == judge and os.path.basename(cwd).startswith("judge-worker-"):
            found.append(int(pid))
    return found
