"""Every submission under problems/*/submissions/<verdict>/ gets the verdict its folder names.

These are the judge's ground truth: accepted approaches of every speed class, subtle wrong
answers, brute force, crashes and memory hogs, all run through the real worker.
"""

import pytest

from judge import api
from judge.verdicts import Verdict

from conftest import submissions

FOLDER_VERDICT = {
    "accepted": Verdict.AC, "wrong_answer": Verdict.WA, "time_limit_exceeded": Verdict.TLE,
    "memory_limit_exceeded": Verdict.MLE, "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
}


@pytest.mark.parametrize("problem, folder, path", submissions())
def test_submission_gets_its_verdict(problem, folder, path):
    prob = api.find_problem(problem)
    report = api.run(prob, path)
    assert report.verdict is FOLDER_VERDICT[folder], report.message
    if folder == "accepted":
        assert report.passed == report.total > 0
    elif folder != "compile_error":
        assert report.passed < report.total
        assert report.message


def test_every_problem_has_every_verdict():
    for problem in api.list_problems():
        folders = {p.name for p in (problem.root / "submissions").iterdir() if any(p.glob("*.py"))}
        assert set(FOLDER_VERDICT) <= folders, problem.key
