"""Every submission under problems/*/submissions/<verdict>/ gets the verdict its folder names.

These are the judge's ground truth: accepted approaches of every speed class, subtle wrong
answers, brute force, crashes and memory hogs. Each goes through the real CLI (`python -m judge
run --format json`), so the exit status and the JSON contract are checked on every verdict too.
"""

import pytest

from conftest import PROBLEMS, submissions

FOLDER_VERDICT = {
    "accepted": "AC", "wrong_answer": "WA", "time_limit_exceeded": "TLE",
    "memory_limit_exceeded": "MLE", "runtime_error": "RE", "compile_error": "CE",
}


# `judge check --all` (tests/test_check.py, slow) judges every submission of every problem, at the
# limit and at half and double it, and fails on any that does not get its verdict. Here, through
# the CLI and its JSON, the first submission of each verdict of each problem, so that every
# problem's every verdict crosses the CLI once; Time Limit Exceeded (which costs the limit, up to
# 20 s on 15 and 480) only for the first three problems, the contract's.
CONTRACT_PROBLEMS = ("0011", "0076", "0239")


def _judged_here() -> list:
    chosen, seen = [], set()
    for p in submissions():
        problem, folder = p.values[0], p.values[1]
        if folder == "time_limit_exceeded" and not problem.startswith(CONTRACT_PROBLEMS):
            continue
        if (problem, folder) not in seen:
            seen.add((problem, folder))
            chosen.append(p)
    return chosen


JUDGED_HERE = _judged_here()


@pytest.mark.parametrize("problem, folder, path", JUDGED_HERE)
def test_submission_gets_its_verdict(cli_json, problem, folder, path):
    code, doc, err = cli_json("run", problem.split("-")[0], "--solution", path)
    assert doc["verdict"] == FOLDER_VERDICT[folder], doc["message"]
    assert code == (0 if folder == "accepted" else 1)
    assert err == ""
    if folder == "accepted":
        assert doc["passed"] == doc["total"] == len(doc["tests"]) > 20
        assert doc["message"] == "" and doc["failure"] is None
    elif folder == "compile_error":
        assert doc["tests"] == [] and doc["message"]
    else:
        assert doc["passed"] == len(doc["tests"]) - 1 < doc["total"]
        assert doc["tests"][-1]["verdict"] == FOLDER_VERDICT[folder]
        assert doc["failure"]["case"] == doc["tests"][-1]["name"]
        assert doc["message"]


@pytest.mark.parametrize("problem", sorted(p.parent.name for p in PROBLEMS.glob("*/problem.toml")))
def test_every_problem_has_every_verdict(problem):
    folders = {p.name for p in (PROBLEMS / problem / "submissions").iterdir() if any(p.glob("*.py"))}
    assert set(FOLDER_VERDICT) <= folders
