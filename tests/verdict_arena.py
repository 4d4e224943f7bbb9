"""Shared by the verdict attack suite and the honest-code suite: judge one solution of problem 11
through the real CLI, in a private TMPDIR and data folder, and check that nothing outlived it.

Solutions are written as the body of `maxArea(self, height)` plus optional module-level code;
`TWO_POINTERS` is a correct body, so a test can surround the right answer with the behaviour
it is about.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import NamedTuple

from conftest import ROOT, leftovers
from conftest import TWO_POINTERS as SOLVES

HANG_GUARD_S = 240      # only against a hung judge: no assertion on speed

TWO_POINTERS = SOLVES + "return best\n"      # the whole method body: it returns


class Outcome(NamedTuple):
    code: int
    out: str
    err: str

    @property
    def doc(self) -> dict:
        return json.loads(self.out)


def source(body: str = TWO_POINTERS, module: str = "") -> str:
    return textwrap.dedent(module) + "\nclass Solution:\n    def maxArea(self, height):\n" + \
        textwrap.indent(textwrap.dedent(body), " " * 8) + "\n"




def tight_problems(tmp_path: Path) -> Path:
    """A copy of problem 11 whose case limit is 50 ms of CPU (and the in-worker time-out 100 ms
    of wall time, the watchdog's 1.1 s): a solution that blocks SIGALRM can then pass the CPU
    limit before the watchdog ends it, on a machine however loaded."""
    import shutil

    folder = tmp_path / "problems"
    copy = folder / "0011-container-with-most-water"
    shutil.copytree(ROOT / "problems" / "0011-container-with-most-water", copy,
                    ignore=shutil.ignore_patterns("submissions"))
    toml = copy / "problem.toml"
    toml.write_text(toml.read_text().replace("[judge]\n",
                                             "[judge]\ntime_floor_ms = 50\ntime_factor = 1\n"))
    return folder


def judge(tmp_path: Path, text: str, *args: str, command: str = "run",
          fmt: str = "json") -> Outcome:
    """`judge COMMAND 11 --solution FILE --format FMT ARGS`, then: TMPDIR empty, no process left."""
    solution = tmp_path / "solution.py"
    solution.write_text(text, encoding="utf-8", errors="surrogatepass")
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "NO_COLOR": "1",
           "JUDGE_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "judge", command, "11", "--solution",
                           str(solution), "--format", fmt, *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=HANG_GUARD_S)
    left = sorted(p.name for p in tmp.iterdir())
    assert not left, f"left in TMPDIR: {left}"
    assert not leftovers(str(tmp)), "a process of the solution outlived the run"
    return Outcome(done.returncode, done.stdout.decode("utf-8", "backslashreplace"),
                   done.stderr.decode("utf-8", "backslashreplace"))
