"""Shared fixtures. Tests run the real judge: real worker processes, real files, the real CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"


def pytest_configure(config):
    # One calibration per test session, in a private cache, never the user's.
    cache = config.rootpath / ".pytest_cache" / "judge-calibration"
    os.environ.setdefault("JUDGE_CACHE_DIR", str(cache))
    os.environ.pop("JUDGE_PROBLEMS", None)
    # Attempts the suite judges are recorded here, never in the user's own history.
    os.environ["JUDGE_DATA_DIR"] = str(config.rootpath / ".pytest_cache" / "judge-data")
    os.environ.pop("JUDGE_NO_HISTORY", None)
    # A suite started in the background (`cmd &` in a script, nohup) inherits Ctrl-C ignored, and
    # a judge started with SIGINT ignored rightly goes on ignoring it: the tests that press
    # Ctrl-C would fail. A handled signal is reset to its default in every process started.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


# The body of an accepted maxArea (problem 11), to build attacks around: it leaves `best`.
TWO_POINTERS = """
l, r, best = 0, len(height) - 1, 0
while l < r:
    best = max(best, (r - l) * min(height[l], height[r]))
    if height[l] < height[r]: l += 1
    else: r -= 1
"""


def leftovers(marker: str) -> list[int]:
    """Processes whose cwd or environment points into `marker` (a private TMPDIR or a worker's
    folder): what a judged solution must never leave behind."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
            env = open(f"/proc/{pid}/environ", "rb").read()
        except OSError:
            continue
        if cwd.startswith(marker) or marker.encode() in env:
            found.append(int(pid))
    return found


def submissions(verdict_dirs=None):
    """Every known-verdict submission of every problem, as pytest params with readable ids."""
    params = []
    for path in sorted(PROBLEMS.glob("*/submissions/*/*.py")):
        verdict_dir = path.parent.name
        if verdict_dirs and verdict_dir not in verdict_dirs:
            continue
        problem = path.parents[2].name
        params.append(pytest.param(problem, verdict_dir, path,
                                   id=f"{problem.split('-')[0]}/{verdict_dir}/{path.stem}"))
    return params


@pytest.fixture
def cli(tmp_path):
    """Run `python -m judge ...` in a subprocess; return (exit status, stdout, stderr)."""

    def run(*args, cwd=None, env=None, timeout=600):
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        done = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], cwd=cwd or ROOT,
                              env=full_env, capture_output=True, text=True, timeout=timeout)
        return done.returncode, done.stdout, done.stderr

    return run


@pytest.fixture
def cli_json(cli):
    def run(*args, **kw):
        code, out, err = cli(*args, "--format", "json", **kw)
        return code, json.loads(out), err

    return run


@pytest.fixture
def write(tmp_path):
    """Write a solution file from source text and return its path."""

    def make(source: str, name: str = "solution.py") -> Path:
        path = tmp_path / name
        path.write_text(source)
        return path

    return make
