"""What users install is the wheel: it must carry every module and every problem package, and the
example CI workflow must tell a crash from a result. (.ci/installed runs the installed tool from
an empty folder; this file keeps the cheap part of that promise in the suite.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    tree = tmp_path_factory.mktemp("tree")
    # Build from what git tracks, as a fresh clone would, not from this work tree's leftovers.
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.split(b"\0")
    for name in filter(None, files):
        source, target = ROOT / os.fsdecode(name), tree / os.fsdecode(name)
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(tree), "-w",
                    str(out)], check=True, capture_output=True, timeout=300)
    return zipfile.ZipFile(next(out.glob("judge-*.whl")))


@pytest.mark.slow
def test_the_wheel_carries_every_module_of_the_package(wheel):
    names = set(wheel.namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "judge").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules and not modules - names, sorted(modules - names)


@pytest.mark.slow
def test_the_wheel_carries_the_problem_packages_and_no_workspace(wheel):
    names = set(wheel.namelist())
    for problem in (ROOT / "problems").iterdir():
        if problem.is_dir():
            shipped = {p.relative_to(ROOT).as_posix() for p in problem.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts}
            carried = {n.removeprefix("judge/") for n in names if n.startswith("judge/problems/")}
            assert shipped <= carried, sorted(shipped - carried)[:5]
    assert not [n for n in names if n.startswith(("solutions/", "tests/", "judge/solutions"))]
    assert not [n for n in names if n.endswith(".pyc")]


def _shard_step() -> str:
    import yaml   # in the test extras

    flow = yaml.safe_load((ROOT / "examples" / "ci" / "grade.yml").read_text())
    step = next(s for s in flow["jobs"]["shard"]["steps"] if "judge grade" in s.get("run", ""))
    return re.sub(r"\$\{\{[^}]*matrix.shard[^}]*\}\}", "1",
                  step["run"].replace("${{ strategy.job-total }}", "1"))


@pytest.mark.parametrize("status, writes, passes", [
    (0, True, True),     # every submission accepted
    (1, True, True),     # some not accepted: a result for the report job
    (1, False, False),   # exit 1 with no report: a Python crash looks like this
    (2, False, False),   # a usage error
    (3, True, False),    # a judge fault
], ids=["accepted", "not-accepted", "crash", "usage", "fault"])
def test_the_workflow_shard_step_tells_a_crash_from_a_result(tmp_path, status, writes, passes):
    """The shard step's own shell, run with a stand-in `judge` that exits with `status`."""
    fake = tmp_path / "bin" / "judge"
    fake.parent.mkdir()
    report = 'for a; do [ "$prev" = --output ] && echo "{}" > "$a"; prev=$a; done\n' if writes else ""
    fake.write_text(f"#!/bin/sh\n{report}exit {status}\n")
    fake.chmod(0o755)
    done = subprocess.run(["bash", "-e", "-c", _shard_step()], cwd=tmp_path, capture_output=True,
                          env={**os.environ, "ROSTER": "roster",
                               "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"})
    assert (done.returncode == 0) is passes, done.stderr
