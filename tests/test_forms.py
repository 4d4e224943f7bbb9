"""Answers of other forms: in place (26, judged on the return value and the changed argument) and
design problems (295, a class driven by a call sequence); and `judge list`'s filters.

Through real workers and the real CLI; the checkers also on values directly, with answers that
must pass and answers that must fail.
"""

import json
import shutil

import pytest

from judge import api
from judge.engine.checkers import CHECKERS, calls, close, exact
from judge.engine.problems import load
from judge.errors import ProblemError

from conftest import PROBLEMS

P26 = PROBLEMS / "0026-remove-duplicates-from-sorted-array"
P295 = PROBLEMS / "0295-find-median-from-data-stream"
EXAMPLE_295 = ('["MedianFinder","addNum","addNum","findMedian","addNum","findMedian"]\n'
               "[[],[1],[2],[],[3],[]]")

prefix = CHECKERS["in_place_prefix"]


# --- in place: the checker -----------------------------------------------------------------

@pytest.mark.parametrize("got", [
    {"return": 3, "nums": [1, 2, 9, 2, 2, 9]},          # the reference's own leftovers
    {"return": 3, "nums": [1, 2, 9, 0, 0, 0]},          # other leftovers
    {"return": 3, "nums": [1, 2, 9]},                   # nums shortened to k (nums[:] = ...)
])
def test_in_place_answers_that_must_pass(got):
    assert prefix({"return": 3, "nums": [1, 2, 9, 2, 2, 9]}, got) is None


@pytest.mark.parametrize("got, message", [
    ({"return": 3, "nums": [1, 1, 2, 2, 2, 9]}, "nums[:3] should be [1, 2, 9], is [1, 1, 2]"),
    ({"return": 2, "nums": [1, 2, 9, 2, 2, 9]}, "returned 2, expected 3"),
    ({"return": 3.0, "nums": [1, 2, 9, 2, 2, 9]}, "returned 3.0, expected 3"),
    ({"return": 3, "nums": [1, 2]}, "nums[:3] should be [1, 2, 9], is [1, 2]"),
    ({"return": 3, "nums": "1,2,9"}, "nums is now str, not a list"),
    ({"return": 3}, "not an in-place answer"),
    ([1, 2, 9], "not an in-place answer"),
])
def test_in_place_answers_that_must_fail(got, message):
    found = prefix({"return": 3, "nums": [1, 2, 9, 2, 2, 9]}, got)
    assert found is not None and message in found


def test_a_long_prefix_is_named_by_its_first_difference():
    want = list(range(100))
    found = prefix({"return": 100, "nums": want}, {"return": 100, "nums": want[:40] + [0] * 60})
    assert found == "nums[:100] differs at index 40: should be 40, is 0"
    found = prefix({"return": 100, "nums": want}, {"return": 100, "nums": want[:40]})
    assert found == "nums[:100] should have 100 elements, nums has 40"


# --- in place: real workers ----------------------------------------------------------------

def test_right_count_but_nums_unchanged_is_a_wrong_answer(cli_json):
    code, doc, _ = cli_json("run", "26", "-s", P26 / "submissions/wrong_answer/count_only.py",
                            "--no-history")
    assert code == 1 and doc["verdict"] == "WA"
    assert doc["message"].endswith("nums[:3] should be [1, 2, 9], is [1, 1, 1]")


@pytest.mark.parametrize("name", ["set_sorted_slice_assign", "delete_backwards", "groupby_function"])
def test_other_in_place_approaches_are_accepted(cli_json, name):
    code, doc, _ = cli_json("run", "26", "-s", P26 / f"submissions/accepted/{name}.py",
                            "--no-history")
    assert (code, doc["verdict"]) == (0, "AC"), doc["message"]


def test_the_text_report_shows_the_judged_prefix(cli, write):
    path = write("class Solution:\n    def removeDuplicates(self, nums):\n"
                 "        return len(set(nums))\n")
    code, out, _ = cli("run", "26", "-s", path, "--no-history")
    assert code == 1
    assert "expected  3, nums = [1, 2, 9, _, _, _]" in out
    assert "got       3, nums = [1, 1, 1, _, _, _]" in out
    code, out, _ = cli("test", "26", "-s", path, "--no-history", env={"COLUMNS": "200"})
    assert "2, nums = [1, 1, _]" in out and "2, nums = [1, 2, _]" in out
    assert "nums[:2] should be [1, 2], is [1, 1]" in out


def test_a_changed_argument_that_is_no_answer_is_named(cli_json, write):
    path = write("class Solution:\n    def removeDuplicates(self, nums):\n"
                 "        nums[0] = {1}\n        return 1\n")
    code, doc, _ = cli_json("run", "26", "-s", path, "--no-history")
    assert doc["verdict"] == "WA" and "left nums holding" in doc["message"]
    assert "set" in doc["message"]


def test_the_expected_answer_holds_the_return_and_the_array():
    answer = json.loads((P26 / "data/sample/01-example-1.ans").read_text())
    assert answer == {"return": 2, "nums": [1, 2, 2]}


# --- design: the checker -------------------------------------------------------------------

CASE = json.loads('{"operations": ["MedianFinder","addNum","addNum","findMedian","addNum",'
                  '"findMedian"], "arguments": [[],[1],[2],[],[3],[]]}')
WANT = [None, None, None, 1.5, None, 2.0]
BY_METHOD = {"addNum": exact, "findMedian": close}


@pytest.mark.parametrize("got", [
    [None, None, None, 1.5, None, 2.0],
    [None, None, None, 1.5 + 1e-6, None, 2.0 - 1e-6],    # within 1e-5
    [None, None, None, 1.5, None, 2],                     # an int for a whole float
])
def test_design_answers_that_must_pass(got):
    assert calls(WANT, got, CASE, BY_METHOD, exact) is None


@pytest.mark.parametrize("got, message", [
    ([None, None, None, 1.5, None, 2.001], "call 6: findMedian() returned 2.001, expected 2.0"),
    ([None, None, None, 1, None, 2.0], "call 4: findMedian() returned 1, expected 1.5"),
    ([None, None, 0, 1.5, None, 2.0], "call 3: addNum(2) returned 0, expected null"),
    ([None, None, None, None, None, 2.0], "call 4: findMedian() returned null, expected 1.5"),
    ([None, None, None, "1.5", None, 2.0], "call 4: findMedian() returned \"1.5\""),
    ([None, None, None, 1.5], "expected 6 returns, got 4"),
    ({"0": None}, "expected a list of returns"),
])
def test_design_answers_that_must_fail(got, message):
    found = calls(WANT, got, CASE, BY_METHOD, exact)
    assert found is not None and message in found


def test_the_design_checker_of_295_compares_medians_as_floats():
    problem = api.find_problem("295")
    assert problem.checker_for(CASE)(WANT, [None, None, None, 1.500001, None, 2.0]) is None
    assert "call 4" in problem.checker_for(CASE)(WANT, [None, None, None, 1.6, None, 2.0])


# --- design: real workers ------------------------------------------------------------------

HEAPS = P295 / "reference.py"


def _median_finder(add_body: str, find_body: str = "return float(sorted(self.v)[len(self.v) // 2])"
                   ) -> str:
    return ("class MedianFinder:\n    def __init__(self):\n        self.v = []\n"
            f"    def addNum(self, num):\n        {add_body}\n"
            f"    def findMedian(self):\n        {find_body}\n")


def test_the_reference_is_accepted_on_every_hidden_case(cli_json):
    code, doc, _ = cli_json("run", "295", "-s", HEAPS, "--no-history")
    assert (code, doc["verdict"], doc["passed"]) == (0, "AC", doc["total"])


def test_an_exception_in_a_call_is_a_runtime_error_naming_the_call(cli_json, write):
    path = write(_median_finder("self.v.append(num)", "return self.v[5] / 1"))
    code, doc, _ = cli_json("test", "295", "-s", path, "--no-history")
    assert doc["verdict"] == "RE"
    assert doc["failure"]["case"] == "01-example-1"
    assert doc["message"].startswith("call 4: findMedian(): IndexError")


def test_a_wrong_return_names_the_first_differing_call(cli_json):
    code, doc, _ = cli_json("run", "295", "-s", P295 / "submissions/wrong_answer/"
                            "integer_division.py", "--no-history")
    assert doc["verdict"] == "WA"
    assert "call 4: findMedian() returned 3, expected 3.5" in doc["message"]


def test_what_a_void_method_returns_is_shown_as_null(cli_json, write):
    path = write(_median_finder("self.v.append(num); return self",
                                "s = sorted(self.v); n = len(s); "
                                "return (s[(n - 1) // 2] + s[n // 2]) / 2"))
    code, doc, _ = cli_json("test", "295", "-s", path, "--no-history")
    assert (code, doc["verdict"]) == (0, "AC"), doc["message"]


def test_a_return_that_is_no_answer_names_its_call(cli_json, write):
    path = write(_median_finder("self.v.append(num)", "return {1.5}"))
    code, doc, _ = cli_json("test", "295", "-s", path, "--no-history")
    assert doc["verdict"] == "WA"
    assert doc["message"].startswith("call 4: findMedian() returned set")


def test_a_missing_class_is_a_compile_error(cli_json, write):
    path = write("class Solution:\n    def addNum(self, num):\n        pass\n")
    code, doc, _ = cli_json("test", "295", "-s", path, "--no-history")
    assert doc["verdict"] == "CE" and "no `class MedianFinder`" in doc["message"]


# --- design: --case in LeetCode's two-line form --------------------------------------------

def test_case_accepts_the_two_line_leetcode_form(cli_json, tmp_path):
    (tmp_path / "case.txt").write_text(EXAMPLE_295 + "\n")
    for given in (EXAMPLE_295, f"@{tmp_path / 'case.txt'}"):
        code, doc, err = cli_json("test", "295", "-s", HEAPS, "--case", given, "--no-history")
        assert (code, doc["verdict"], doc["total"]) == (0, "AC", 1), err


@pytest.mark.parametrize("given, message", [
    ('["MedianFinder","addNum"]\n[[],[1,2]]', "call 2: addNum takes 1 argument(s) (num)"),
    ('["MedianFinder","popNum"]\n[[],[]]', "call 2: MedianFinder has no method 'popNum'"),
    ('["addNum"]\n[[1]]', "the first call must construct the class"),
    ('["MedianFinder","addNum"]\n[[]]', "the second line must be a list of 2 argument lists"),
    ('["MedianFinder","addNum"]\n[[],["1"]]', "call 2: addNum: num must be int"),
    ('["MedianFinder","findMedian"]\n[[],[]]', "findMedian before any addNum"),
])
def test_a_bad_design_case_is_one_line_exit_2(cli, given, message):
    code, out, err = cli("test", "295", "-s", HEAPS, "--case", given, "--no-history")
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


# --- starters ------------------------------------------------------------------------------

def test_the_design_starter_has_leetcodes_class_skeleton(cli, tmp_path):
    code, out, err = cli("new", "295", "--workspace", tmp_path)
    assert code == 0, err
    text = (tmp_path / "solutions" / "0295-find-median-from-data-stream.py").read_text()
    assert "class MedianFinder:\n\n    def __init__(self):\n" in text
    assert "    def addNum(self, num: int) -> None:\n" in text
    assert "    def findMedian(self) -> float:\n" in text
    assert "# param_2 = obj.findMedian()" in text
    assert text == (PROBLEMS.parent / "solutions" / "0295-find-median-from-data-stream.py"
                    ).read_text()
    code, out, err = cli("test", "295", "--workspace", tmp_path, "--no-history", "--format",
                         "json")
    assert json.loads(out)["message"].startswith("call 2: addNum(1): the solution is not written")


def test_the_in_place_starter_keeps_leetcodes_signature(cli, tmp_path):
    cli("new", "26", "--workspace", tmp_path)
    text = (tmp_path / "solutions" / "0026-remove-duplicates-from-sorted-array.py").read_text()
    assert "    def removeDuplicates(self, nums: List[int]) -> int:\n" in text
    assert "->  2, nums = [1, 2, _]" in text


# --- problem.toml ---------------------------------------------------------------------------

@pytest.fixture
def package(tmp_path):
    def copy(source):
        folder = tmp_path / source.name
        folder.mkdir()
        shutil.copy(source / "problem.toml", folder / "problem.toml")
        return folder / "problem.toml"
    return copy


@pytest.mark.parametrize("source, old, new, message", [
    (P26, 'mutates = "nums"', 'mutates = "num"', "`entry.mutates` 'num' is not one of"),
    (P26, "sorted = true", 'sorted = "yes"', "`entry.params[0].sorted` must be true or false"),
    (P26, "sorted = true", "ordered = true", "`entry.params[0].ordered` is not a constraint"),
    (P295, 'class = "MedianFinder"', "", "field `entry.class` is missing"),
    (P295, 'kind = "design"', 'kind = "object"', "`entry.kind` must be function or design"),
    (P295, 'compare = "float"', 'compare = "floats"', "`entry.methods[1].compare` 'floats'"),
    (P295, 'returns = "None"', 'returns = "void"', "`entry.methods[0].returns` 'void'"),
])
def test_a_broken_entry_names_the_field(package, source, old, new, message):
    toml = package(source)
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))
    with pytest.raises(ProblemError, match=None) as caught:
        load(toml.parent)
    assert message in str(caught.value)


def test_constraints_are_kept_for_input_makers():
    param = api.find_problem("26").entry.params[0]
    assert (param.length, param.min, param.max, param.sorted) == ((1, 30000), -100, 100, True)
    families = api.find_problem("295").module("generator").families()
    made = families["ascending"](100)
    api.find_problem("295").validate(made)
    assert len(made["operations"]) - 1 == 100


# --- judge list -----------------------------------------------------------------------------

def _ids(cli_json, *args, env=None):
    code, doc, err = cli_json("list", *args, env=env)
    assert code == 0, err
    return [p["id"] for p in doc]


def test_list_filters_by_tag_and_difficulty(cli_json, tmp_path):
    env = {"JUDGE_DATA_DIR": str(tmp_path)}
    assert set(_ids(cli_json, "--tag", "heap", env=env)) >= {"239", "295"}
    assert "26" not in _ids(cli_json, "--tag", "heap", env=env)
    assert _ids(cli_json, "--difficulty", "easy", env=env) == ["26"]
    both = _ids(cli_json, "--tag", "heap,two-pointers", "--difficulty", "easy",
                "--difficulty", "hard", env=env)
    assert "26" in both and "295" in both and "11" not in both


@pytest.mark.parametrize("args, message", [
    (["--tag", "heep"], "did you mean heap?"),
    (["--difficulty", "tricky"], "'tricky' is not one of easy, medium, hard"),
])
def test_list_refuses_an_unknown_filter(cli, args, message):
    code, out, err = cli("list", *args)
    assert code == 2 and message in err and out == ""


def test_list_todo_leaves_out_what_was_accepted(cli, cli_json, tmp_path):
    env = {"JUDGE_DATA_DIR": str(tmp_path / "data")}
    assert "26" in _ids(cli_json, "--todo", env=env)
    assert not (tmp_path / "data").exists()            # reading nothing created nothing
    cli("run", "26", "-s", P26 / "submissions/wrong_answer/count_only.py", env=env)
    cli("test", "11", "-s", PROBLEMS / "0011-container-with-most-water/reference.py", env=env)
    assert {"26", "11"} <= set(_ids(cli_json, "--todo", env=env))   # neither is a solved run
    code, _, _ = cli("run", "26", "-s", P26 / "reference.py", env=env)
    assert code == 0
    assert "26" not in _ids(cli_json, "--todo", env=env)
    code, doc, _ = cli_json("list", env=env)
    assert {p["id"]: p["solved"] for p in doc}["26"] is True
    assert {p["id"]: p["solved"] for p in doc}["11"] is False
