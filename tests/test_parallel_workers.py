"""Several workers share one run's cases (runner._Lanes), and `judge run` starts them before it
has loaded anything else (engine.launch): the report must be the one a single worker gives, and
no worker or scratch folder may outlive the command, however it ends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from judge import api
from judge.engine.verdicts import Verdict

from conftest import ROOT, TWO_POINTERS

def _solution(write, extra: str = ""):
    """An accepted maxArea that prints its worker's pid, with `extra` first in its body."""
    body = "print(os.getpid())\n" + extra + TWO_POINTERS + "return best\n"
    return write("import os\nclass Solution:\n    def maxArea(self, height):\n"
                 + textwrap.indent(body, " " * 8))


def _pids(report) -> set[str]:
    return {r.stdout.strip() for r in report.results}


def test_two_workers_share_the_cases_and_one_runs_them_all(write):
    problem = api.find_problem("11")
    path = _solution(write)
    one, two = api.run(problem, path, jobs=1), api.run(problem, path, jobs=2)
    assert one.verdict is two.verdict is Verdict.AC
    assert len(_pids(one)) == 1
    assert len(_pids(two)) == 2, "the second worker took no case"
    assert [r.name for r in two.results] == list(problem.case_names("secret"))


def test_the_first_failure_in_case_order_is_reported_though_a_later_one_is_found_first(write):
    """The first case burns a second of CPU while the other worker races on to a wrong answer on
    a large case: the report waits for the first case and names the same failure as one worker."""
    extra = ("if height == [5, 5]:\n"
             "    n = 0\n"
             "    while n < 15_000_000: n += 1\n"
             "if len(height) > 50_000:\n"
             "    return -1\n")
    problem = api.find_problem("11")
    path = _solution(write, extra)
    one, two = api.run(problem, path, jobs=1), api.run(problem, path, jobs=2)
    assert two.verdict is Verdict.WA
    assert [(r.name, r.verdict, r.message) for r in two.results] == \
        [(r.name, r.verdict, r.message) for r in one.results]
    assert two.results[0].time_ms > 100, "the first case did not burn its second"
    assert len(_pids(two)) == 2


def test_a_crash_mid_run_with_all_cases_takes_a_fresh_worker_in_either_lane(write):
    """--all: the case that kills its worker is a Runtime Error, every other case still runs."""
    extra = "if height == [5, 5]:\n    os._exit(7)\n"
    problem = api.find_problem("11")
    report = api.run(problem, _solution(write, extra), all_cases=True, jobs=2)
    verdicts = [r.verdict for r in report.results]
    assert len(verdicts) == len(problem.case_names("secret"))
    assert verdicts[0] is Verdict.RE and set(verdicts[1:]) == {Verdict.AC}


def _run(tmp_path, *args):
    """`judge` in a subprocess whose temporary folder (where scratch folders go) is tmp_path."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "judge", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def _left(tmp_path) -> list[str]:
    return [p.name for p in tmp_path.iterdir() if p.name.startswith("judge-worker-")]


def test_workers_started_ahead_are_gone_after_a_usage_error(tmp_path):
    done = _run(tmp_path, "run", "99999", "--no-history")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert _left(tmp_path) == []


def test_judge_run_with_one_job_leaves_nothing_behind_and_agrees_with_the_default(tmp_path, write):
    path = _solution(write, "if len(height) > 50_000:\n    return -1\n")
    reports = []
    for jobs in ("1", "2"):
        done = _run(tmp_path, "run", "11", "-s", str(path), "--no-history", "-j", jobs,
                    "--no-stress", "--format", "json")
        assert done.returncode == 1, done.stderr
        doc = json.loads(done.stdout)
        reports.append((doc["verdict"], [(c["name"], c["verdict"]) for c in doc["tests"]]))
    assert reports[0] == reports[1]
    assert reports[0][0] == "WA"
    assert _left(tmp_path) == []


def test_jobs_must_be_at_least_one(tmp_path):
    done = _run(tmp_path, "run", "11", "-j", "0", "--no-history")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
