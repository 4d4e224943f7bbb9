"""The JSON contract of every command, pinned by golden files in tests/golden/.

Programs read `--format json`; a renamed key or a changed value breaks them silently, so each
command's document is compared with a file kept in the repository. What varies from run to run
(times, memory, this machine's limits, temporary paths, process ids, dates) is replaced by a
placeholder first, so the files pin the keys, the verdicts, the messages and the data. After a
deliberate change, rewrite the files and review the diff:

    JUDGE_UPDATE_GOLDEN=1 python -m pytest tests/test_json_contract.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import PROBLEMS, ROOT

GOLDEN = Path(__file__).parent / "golden"
P11 = PROBLEMS / "0011-container-with-most-water"
VOLATILE = re.compile(r"(_ms|_kb|_mb|seconds|ratio|compared|_at|^at|^pid)$")
WHEN = re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+([+-]\d\d:\d\d|Z)?$")


def normalised(value, key: str = "", tmp: str = ""):
    """`value` with what varies between runs and machines replaced by placeholders."""
    if isinstance(value, dict):
        return {k: normalised(v, k, tmp) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v, key, tmp) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) and VOLATILE.search(key):
        return "<number>"
    if isinstance(value, str):
        if WHEN.match(value):
            return "<time>"
        value = value.replace(tmp, "<tmp>").replace(str(ROOT), "<root>") if tmp else value
        value = re.sub(r"\b\d+(\.\d+)? ?(ms|MB|kB|KB|s)\b", r"<n> \2", value)
        value = re.sub(r"\b\d+(\.\d+)?x\b", "<n>x", value)          # margins: how many times
        # Where deep recursion runs out (in a call, in a comparison) is CPython's to say.
        value = re.sub(r"(maximum recursion depth exceeded)[^\n]*", r"\1 ...", value)
        return re.sub(r"process group \d+", "process group <pid>", value)
    return value


def check_golden(name: str, document, tmp: Path) -> None:
    path = GOLDEN / f"{name}.json"
    got = json.dumps(normalised(document, tmp=str(tmp)), indent=2, ensure_ascii=False,
                     sort_keys=False) + "\n"
    if os.environ.get("JUDGE_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with JUDGE_UPDATE_GOLDEN=1"
    want = path.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), path.name,
                                        "now", n=2))
    assert got == want, f"{name}: the JSON differs (JUDGE_UPDATE_GOLDEN=1 rewrites it):\n{diff}"


@pytest.fixture
def workspace(tmp_path):
    """An empty folder with its own history, as a new user's would be."""
    env = {"JUDGE_DATA_DIR": str(tmp_path / "data"), "JUDGE_WORKSPACE": str(tmp_path)}
    return tmp_path, env


def _json(cli, args, env, cwd, codes=(0,)):
    code, out, err = cli(*args, "--format", "json", env=env, cwd=cwd)
    assert code in codes, (code, err)
    return json.loads(out)


RUNS = {   # name: (arguments, the exit codes allowed)
    "run-accepted": (["run", "11", "-s", P11 / "reference.py"], (0,)),
    "run-wrong-answer": (["run", "11", "-s", P11 / "submissions/wrong_answer/width_off_by_one.py"],
                         (1,)),
    "run-compile-error": (["run", "11", "-s", P11 / "submissions/compile_error/missing_colon.py"],
                          (1,)),
    "run-runtime-error": (["run", "76"], (1,)),                     # the shipped starter
    "test-examples": (["test", "11", "-s", P11 / "reference.py"], (0,)),
    "test-custom": (["test", "11", "-s", P11 / "reference.py", "--case", "height = [1, 2, 1]"],
                    (0,)),
    "list": (["list"], (0,)),
    "show": (["show", "11", "--lang", "en"], (0,)),
    "explain": (["explain", "11", "--lang", "zh"], (0,)),
    "stats-empty": (["stats"], (0,)),
    "history-empty": (["history"], (0,)),
}


@pytest.mark.parametrize("name", RUNS)
def test_the_json_of_each_command_is_its_contract(name, cli, workspace):
    tmp, env = workspace
    args, codes = RUNS[name]
    cwd = ROOT if name == "run-runtime-error" else tmp
    if name == "run-runtime-error":
        env = {**env, "JUDGE_WORKSPACE": str(ROOT)}
    check_golden(name, _json(cli, args, {**env, "JUDGE_NO_HISTORY": "1"}, cwd, codes), tmp)


def test_the_json_of_history_and_stats_after_two_attempts(cli, workspace):
    tmp, env = workspace
    solutions = tmp / "solutions"
    solutions.mkdir()
    target = solutions / "0011-container-with-most-water.py"
    shutil.copy(P11 / "submissions/wrong_answer/width_off_by_one.py", target)
    cli("run", "11", env=env, cwd=tmp)
    shutil.copy(P11 / "reference.py", target)
    cli("run", "11", env=env, cwd=tmp)
    check_golden("history", _json(cli, ["history"], env, tmp), tmp)
    check_golden("history-show", _json(cli, ["history", "--show", "1"], env, tmp), tmp)
    check_golden("stats", _json(cli, ["stats"], env, tmp), tmp)


def test_the_json_of_a_grading(cli, workspace):
    tmp, env = workspace
    roster = ROOT / "examples" / "ci" / "roster"
    check_golden("grade", _json(cli, ["grade", roster], env, tmp, codes=(1,)), tmp)


def test_the_json_of_doctor(cli, workspace):
    tmp, env = workspace
    doc = _json(cli, ["doctor"], env, tmp, codes=(0, 1))
    # What the layers say depends on the kernel; the contract is their names and the shape.
    doc["layers"] = [[name, "<bool>", "<detail>"] for name, _, _ in doc["layers"]]
    doc["checks"] = [{**c, "ok": "<bool>", "detail": "<detail>"} for c in doc["checks"]]
    doc["sandbox"], doc["ok"] = "<full or partial>", "<bool>"
    check_golden("doctor", doc, tmp)


@pytest.mark.slow
def test_the_json_of_check(cli, workspace):
    tmp, env = workspace
    doc = _json(cli, ["check", "11"], env, tmp)
    # Which case is slowest, and where a time-limit submission is stopped, depend on the load:
    # the contract is that each submission gets its verdict, not which case shows it.
    slowest = re.compile(r"(slowest (case|accepted)|case) [\w/.-]+")
    for problem in doc["problems"]:
        for section in problem["sections"]:
            section["summary"] = slowest.sub(r"\1 <which>", section["summary"])
            for finding in section["findings"]:
                finding["text"] = slowest.sub(r"\1 <which>", finding["text"])
        for sub in problem["submissions"]:
            for key in ("at_half_limit", "at_double_limit", "double_limit_case", "case"):
                if key in sub:
                    sub[key] = "<load-dependent>"
            sub["message"] = slowest.sub(r"\1 <which>", sub["message"])
    check_golden("check", doc, tmp)
