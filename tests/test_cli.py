"""The command line's contract: exit statuses, the JSON document, one-line errors, case input."""

import json

import pytest

from conftest import PROBLEMS

P11 = PROBLEMS / "0011-container-with-most-water"
ACCEPTED_11 = P11 / "submissions/accepted/two_pointers_while.py"
WRONG_11 = P11 / "submissions/wrong_answer/move_taller_pointer.py"
JSON_FIELDS = {"problem", "solution", "verdict", "passed", "total", "time_ms", "peak_memory_kb",
               "tests", "message"}


def test_run_json_contract_for_accepted(cli_json):
    code, doc, err = cli_json("run", "11", "--solution", ACCEPTED_11)
    assert code == 0
    assert JSON_FIELDS <= doc.keys()
    assert doc["problem"] == "11" and doc["verdict"] == "AC" and doc["message"] == ""
    assert doc["passed"] == doc["total"] == len(doc["tests"]) > 10
    assert doc["solution"].endswith("two_pointers_while.py")
    assert all({"name", "verdict", "time_ms"} <= t.keys() for t in doc["tests"])
    assert doc["time_ms"] == pytest.approx(sum(t["time_ms"] for t in doc["tests"]), abs=0.01)
    assert doc["peak_memory_kb"] > 1000


def test_run_json_for_wrong_answer_stops_at_first_failure(cli_json):
    code, doc, _ = cli_json("run", "11", "--solution", WRONG_11)
    assert code == 1
    assert doc["verdict"] == "WA"
    assert [t["verdict"] for t in doc["tests"]][-1] == "WA"
    assert all(t["verdict"] == "AC" for t in doc["tests"][:-1])
    assert doc["passed"] == len(doc["tests"]) - 1 < doc["total"]
    failure = doc["failure"]
    assert failure["case"] == doc["tests"][-1]["name"]
    assert {"input", "expected", "got"} <= failure.keys()
    assert doc["tests"][-1]["name"] in doc["message"]


def test_run_all_runs_every_case(cli_json):
    code, doc, _ = cli_json("run", "11", "--solution", WRONG_11, "--all")
    assert code == 1 and doc["verdict"] == "WA"
    assert len(doc["tests"]) == doc["total"]
    assert 0 < doc["passed"] < doc["total"]


def test_json_stays_clean_when_the_solution_prints(cli):
    noisy = P11 / "submissions/accepted/debug_print_every_call.py"
    code, out, err = cli("run", "11", "--solution", noisy, "--format", "json")
    assert code == 0
    assert json.loads(out)["verdict"] == "AC"   # stdout is exactly one JSON document


def test_slug_works_wherever_an_id_does(cli_json):
    code, doc, _ = cli_json("run", "container-with-most-water", "--solution", ACCEPTED_11)
    assert code == 0 and doc["problem"] == "11"


@pytest.mark.parametrize("args, fragment", [
    (["run", "9999"], "no problem '9999'"),
    (["run", "11", "--solution", "no/such/file.py"], "does not exist"),
    (["test", "11", "--solution", str(ACCEPTED_11), "--case", "[1]"], "2 <= n <= 10^5"),
    (["test", "11", "--solution", str(ACCEPTED_11), "--case", "[1, 2"], "cannot read"),
    (["test", "11", "--solution", str(ACCEPTED_11), "--case", "[1,2]\n[3,4]"], "expected 1 value"),
    (["test", "11", "--solution", str(ACCEPTED_11), "--case", "heights = [1, 2]"], "unknown parameter"),
    (["run", "11", "--format", "yaml"], "yaml"),
])
def test_usage_errors_exit_2_with_one_line_and_no_traceback(cli, args, fragment):
    code, out, err = cli(*args)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err + out
    assert err.startswith("judge: ") and len(err.splitlines()) == 1   # click's errors too


def test_text_output_is_plain_when_piped(cli):
    code, out, _ = cli("run", "11", "--solution", WRONG_11, env={"NO_COLOR": ""})
    assert code == 1
    assert "\x1b[" not in out
    assert "Wrong Answer" in out and "expected" in out and "got" in out


def test_examples_and_custom_cases(cli_json):
    code, doc, _ = cli_json("test", "11", "--solution", ACCEPTED_11)
    assert code == 0 and doc["total"] == 2 and doc["passed"] == 2
    code, doc, _ = cli_json("test", "11", "--solution", WRONG_11,
                            "--case", "[1,8,6,2,5,4,8,3,7]", "--case", "height = [2, 3, 10, 5, 7, 8, 9]")
    assert code == 1
    assert len(doc["tests"]) == 2 and doc["tests"][1]["verdict"] == "WA"
    code, doc, _ = cli_json("test", "11", "--solution", ACCEPTED_11, "--case", "[2,3,10,5,7,8,9]")
    assert code == 0 and doc["tests"][0]["verdict"] == "AC"


def test_custom_case_in_leetcode_line_form(cli):
    p76 = PROBLEMS / "0076-minimum-window-substring/reference.py"
    code, out, _ = cli("test", "76", "--solution", p76, "--case", '"ADOBECODEBANC"\n"ABC"')
    assert code == 0
    assert '"BANC"' in out


def test_list_shows_every_problem(cli):
    code, out, _ = cli("list", "--format", "json")
    assert code == 0
    listed = {p["id"]: p["slug"] for p in json.loads(out)}
    packages = {str(int(d.name[:4])): d.name[5:] for d in PROBLEMS.glob("*")
                if (d / "problem.toml").is_file()}
    assert listed == packages and len(listed) >= 5
