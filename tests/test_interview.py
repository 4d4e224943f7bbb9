"""Interview mode: the hidden cases' verdict, count and time only, in text and JSON; explain
closed while JUDGE_INTERVIEW is on. The real CLI, real workers."""

from __future__ import annotations

import json

import pytest

from conftest import PROBLEMS

WA = PROBLEMS / "0239-sliding-window-maximum/submissions/wrong_answer/window_one_too_wide.py"
HIDDEN = PROBLEMS / "0239-sliding-window-maximum/data/secret"


def _secrets(case: str) -> list[str]:
    """What of a hidden case must not be shown: its name, its input and its answer."""
    args = json.loads((HIDDEN / f"{case}.in").read_text())
    answer = json.loads((HIDDEN / f"{case}.ans").read_text())
    return [case, json.dumps(args["nums"])[:20], json.dumps(answer)[:20]]


def test_without_interview_the_failing_case_is_shown(cli_json):
    """The baseline the hiding is measured against: the same run does show the case."""
    code, doc, _ = cli_json("run", "239", "--solution", WA, "--no-history")
    case = doc["failure"]["case"]
    assert code == 1 and all(s in json.dumps(doc) for s in _secrets(case))


@pytest.mark.parametrize("how", [["--interview"], []])
def test_interview_json_has_the_verdict_count_and_time_only(cli_json, how):
    env = {} if how else {"JUDGE_INTERVIEW": "1"}
    code, doc, _ = cli_json("run", "239", "--solution", WA, "--no-history", *how, env=env)
    baseline = cli_json("run", "239", "--solution", WA, "--no-history")[1]
    text = json.dumps(doc)
    assert code == 1 and doc["verdict"] == "WA" and doc["interview"] is True
    assert (doc["passed"], doc["total"]) == (baseline["passed"], baseline["total"])
    assert doc["failure"] is None and doc["tests"] == [] and "time_ms" in doc
    assert not any(s in text for s in _secrets(baseline["failure"]["case"]))


def test_interview_text_has_the_verdict_count_and_time_only(cli, cli_json):
    baseline = cli_json("run", "239", "--solution", WA, "--no-history")[1]
    code, out, err = cli("run", "239", "--solution", WA, "--no-history", "--interview")
    assert code == 1 and "Wrong Answer" in out
    assert f"{baseline['passed']}/{baseline['total']} cases passed" in out
    assert not any(s in out + err for s in _secrets(baseline["failure"]["case"]))
    assert "expected" not in out and "input" not in out


def test_interview_hides_what_a_hidden_case_made_the_solution_print(cli, write):
    loud = write("class Solution:\n    def maxSlidingWindow(self, nums, k):\n"
                 "        print('SEEN', nums)\n        raise ValueError('SEEN' + str(k))\n")
    code, out, err = cli("run", "239", "--solution", loud, "--no-history", "--interview")
    assert code == 1 and "Runtime Error" in out
    assert "SEEN" not in out + err and "Traceback" not in out


def test_a_compile_error_is_still_shown_in_an_interview(cli, write):
    broken = write("class Solution:\n    def maxSlidingWindow(self, nums, k)\n        return []\n")
    code, out, _ = cli("run", "239", "--solution", broken, "--no-history", "--interview")
    assert code == 1 and "Compile Error" in out and "SyntaxError" in out


def test_explain_is_closed_while_interview_mode_is_on_and_show_is_not(cli):
    code, out, err = cli("explain", "239", env={"JUDGE_INTERVIEW": "1"})
    assert code == 2 and out == "" and "interview mode is on" in err
    code, out, _ = cli("show", "239", env={"JUDGE_INTERVIEW": "1"})
    assert code == 0 and "Sliding Window Maximum" in out
    code, out, _ = cli("explain", "239", env={"JUDGE_INTERVIEW": "0"})
    assert code == 0 and out


def test_the_watch_screen_hides_the_hidden_cases_in_an_interview():
    """A round drawn by the watch screen's renderer, with a real report from a real worker."""
    import io
    from datetime import datetime

    from rich.console import Console

    from judge import api
    from judge.practice.watch import Round
    from judge.render import practice as screens

    problem = api.find_problem("239")
    hidden = api.run(problem, WA)
    examples = api.run_samples(problem, WA)
    shown = {}
    for interview in (False, True):
        out = io.StringIO()
        screens.print_round(Round(1, datetime.now(), examples, hidden), problem, str(WA),
                            Console(file=out, width=200), interview=interview)
        shown[interview] = out.getvalue()
    case = hidden.first_failure.name
    assert case in shown[False] and case not in shown[True]
    assert f"{hidden.passed}/{hidden.total}" in shown[True]
