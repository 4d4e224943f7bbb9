"""`judge grade`: the roster, the JSON, JUnit and Markdown reports, exit statuses, shards, -j.

A roster is built from known-verdict submissions, graded once through the real CLI (module
fixtures), and the other formats are rendered from that JSON with `--merge`, which costs no
judging. Every grading here runs real worker processes.
"""

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from judge.grading import grade
from judge.grading.grade import Shard

from conftest import PROBLEMS, ROOT

P11 = PROBLEMS / "0011-container-with-most-water" / "submissions"
P239 = PROBLEMS / "0239-sliding-window-maximum" / "submissions"
NOISY_WRONG = '''class Solution:
    def maxSlidingWindow(self, nums, k):
        print("\\x00\\x1b[31m<&>\\x07")   # control characters that XML 1.0 cannot hold
        return [max(nums)]
'''
# roster file -> (source, the verdict it must get)
ROSTER = {
    "ann/0011-container-with-most-water.py": (P11 / "accepted/two_pointers_while.py", "AC"),
    "ann/0239-sliding-window-maximum.py": (P239 / "accepted/deque_of_indices.py", "AC"),
    "ben/11.py": (P11 / "wrong_answer/move_taller_pointer.py", "WA"),
    "ben/sliding-window-maximum.py": (P239 / "runtime_error/heap_top_of_empty_heap.py", "RE"),
    "cat/0011.py": (P11 / "compile_error/missing_colon.py", "CE"),
    "cat/0239-noisy.py": (NOISY_WRONG, "WA"),
    "dan/0239.py": (P239 / "memory_limit_exceeded/all_windows_as_lists.py", "MLE"),
}
RUN_FIELDS = {"problem", "slug", "solution", "verdict", "verdict_name", "passed", "total", "time_ms",
              "peak_memory_kb", "message", "limits", "sandbox", "tests", "failure"}


def judge(*args, cwd):
    done = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True,
                          timeout=600)
    return done.returncode, done.stdout, done.stderr


def make_roster(folder: Path, files: dict) -> Path:
    for name, (source, _) in files.items():
        path = folder / "roster" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source.read_text() if isinstance(source, Path) else source)
    (folder / "roster" / "cat" / "notes.py").write_text("# not a solution\n")
    return folder


def stable(doc: dict) -> dict:
    """The document without what varies from run to run (times, memory, the speed's figures),
    nor what only `judge run` adds (the growth line after a Time Limit Exceeded)."""
    def report(r):
        kept = {k: v for k, v in r.items() if k not in ("time_ms", "peak_memory_kb", "growth")}
        if "speed" in kept:     # its figures are times; whether there is one is not
            kept["speed"] = kept["speed"] is not None
        kept["tests"] = [{"name": t["name"], "verdict": t["verdict"]} for t in r["tests"]]
        return kept

    return {**doc, "reports": [report(r) for r in doc["reports"]], "shards": None}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return make_roster(tmp_path_factory.mktemp("grade"), ROSTER)


@pytest.fixture(scope="module")
def graded(work):
    """The whole roster graded once with two workers: (exit status, document, stderr)."""
    code, out, err = judge("grade", "roster", "--format", "json", "-j", "2", cwd=work)
    (work / "full.json").write_text(out)
    return code, json.loads(out), err


def test_json_has_every_report_with_its_person_and_a_summary(graded):
    code, doc, _ = graded
    assert code == 1
    assert doc["kind"] == "judge-grade" and doc["shards"] is None
    got = {r["solution"]: r["verdict"] for r in doc["reports"]}
    assert got == {f"roster/{name}": verdict for name, (_, verdict) in ROSTER.items()}
    assert [r["solution"] for r in doc["reports"]] == sorted(got)          # a stable order
    assert {r["person"] for r in doc["reports"]} == {"ann", "ben", "cat", "dan"}
    assert doc["unmatched"] == ["roster/cat/notes.py"]
    summary = doc["summary"]
    assert summary["submissions"] == 7 and summary["accepted"] == 2
    assert summary["verdicts"] == {"AC": 2, "WA": 2, "TLE": 0, "MLE": 1, "RE": 1, "CE": 1, "RF": 0,
                                   "IE": 0}
    assert summary["people"]["ann"] == {"solved": 2, "attempted": 2,
                                        "problems": {"11": "AC", "239": "AC"}}
    assert summary["people"]["cat"] == {"solved": 0, "attempted": 2,
                                        "problems": {"11": "CE", "239": "WA"}}
    for r in doc["reports"]:
        assert RUN_FIELDS <= r.keys()
        assert len(r["tests"]) + len(r["not_run"]) == r["total"]


def test_each_report_is_what_judge_run_says(graded, work):
    _, doc, _ = graded
    code, out, _ = judge("run", "11", "--solution", "roster/ben/11.py", "--format", "json", cwd=work)
    alone = json.loads(out)
    assert code == 1
    in_grade = next(r for r in doc["reports"] if r["solution"] == "roster/ben/11.py")
    assert stable({"reports": [alone]})["reports"][0].items() <= stable(
        {"reports": [in_grade]})["reports"][0].items()


def test_parallel_grading_equals_serial(graded, work):
    code, out, _ = judge("grade", "roster", "--format", "json", "-j", "1", cwd=work)
    assert code == graded[0]
    assert stable(json.loads(out)) == stable(graded[1])


@pytest.mark.parametrize("count", [1, 2, 3, 5, 9])
def test_every_submission_lands_in_exactly_one_shard(work, count):
    found, _ = grade.discover([work / "roster"])
    shares = [grade.take_shard(found, Shard(k, count)) for k in range(1, count + 1)]
    paths = [s.path for share in shares for s in share]
    assert sorted(paths) == sorted(s.path for s in found)           # all, and none twice
    assert max(map(len, shares)) - min(map(len, shares)) <= 1       # balanced
    again = [grade.take_shard(found, Shard(k, count)) for k in range(1, count + 1)]
    assert again == shares                                          # deterministic


def test_shards_merge_into_the_unsharded_report(graded, work):
    for k in (1, 2):
        code, _, err = judge("grade", "roster", "--shard", f"{k}/2", "--format", "json",
                             "--output", f"shard-{k}.json", cwd=work)
        assert code in (0, 1), err
    shard_docs = [json.loads((work / f"shard-{k}.json").read_text()) for k in (1, 2)]
    assert all(d["reports"] for d in shard_docs)
    code, out, err = judge("grade", "--merge", "shard-2.json", "shard-1.json", "--format", "json",
                           cwd=work)
    assert code == 1, err
    merged = json.loads(out)
    assert merged["shards"] == [{"index": 1, "count": 2}, {"index": 2, "count": 2}]
    assert stable(merged) == stable(graded[1])


@pytest.mark.parametrize("shards, fragment", [
    ([{"index": 1, "count": 2}], "shard 2/2 missing"),
    ([{"index": 1, "count": 2}, {"index": 1, "count": 2}], "is in both"),
    ([{"index": 1, "count": 2}, {"index": 2, "count": 3}], "different shardings"),
])
def test_merge_refuses_a_missing_or_repeated_shard(graded, tmp_path, shards, fragment):
    files = []
    for i, shard in enumerate(shards):
        doc = {**graded[1], "shards": [shard], "reports": graded[1]["reports"][i::len(shards)]}
        files.append(tmp_path / f"s{i}.json")
        files[-1].write_text(json.dumps(doc))
    code, out, err = judge("grade", "--merge", *files, cwd=tmp_path)
    assert code == 2 and fragment in err and "Traceback" not in err


def test_junit_xml_has_the_shape_ci_readers_expect(graded, work):
    code, out, err = judge("grade", "--merge", "full.json", "--format", "junit",
                           "--output", "grade.xml", cwd=work)
    assert code == 1 and out == ""
    root = ET.parse(work / "grade.xml").getroot()
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    reports = graded[1]["reports"]
    assert [s.get("name") for s in suites] == [r["solution"] for r in reports]
    for suite, report in zip(suites, reports):
        cases = suite.findall("testcase")
        assert len(cases) == int(suite.get("tests")) == report["total"]
        for attr in ("name", "tests", "failures", "errors", "time"):
            assert suite.get(attr) is not None
        assert all(c.get("classname") and c.get("name") for c in cases)
        ran = {t["name"]: t["time_ms"] / 1000 for t in report["tests"]}    # the document's times
        assert [float(c.get("time")) for c in cases] == pytest.approx(
            [ran.get(c.get("name"), 0.0) for c in cases], abs=0.0006)
        failures = suite.findall("testcase/failure")
        assert len(failures) == int(suite.get("failures"))
        assert len(suite.findall("testcase/skipped")) == int(suite.get("skipped"))
        if report["verdict"] == "AC":
            assert not failures and suite.get("skipped") == "0"
        else:
            assert len(failures) == 1
            assert failures[0].get("type") == report["verdict"]
            assert failures[0].get("message").startswith(report["verdict_name"])
    for attr in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(attr)) == sum(int(s.get(attr)) for s in suites)
    wrong = next(s for s in suites if s.get("name") == "roster/ben/11.py")
    failure = wrong.find("testcase/failure")
    assert "expected" in failure.text and "got" in failure.text
    noisy = next(s for s in suites if s.get("name") == "roster/cat/0239-noisy.py")
    assert "<&>" in noisy.find("testcase/failure").text     # printed output kept, made legal


def test_markdown_summary_table(graded, work):
    code, out, _ = judge("grade", "--merge", "full.json", "--format", "markdown", cwd=work)
    assert code == 1
    assert out.startswith("## Grading: 2 of 7 submissions accepted")
    rows = [line for line in out.splitlines() if line.startswith("| roster/")]
    assert len(rows) == 7 and all(line.count(" | ") == 5 for line in rows)
    assert "| ann | 2/2 | ✅ AC | ✅ AC |" in out
    assert "| cat | 0/2 | ❌ CE | ❌ WA |" in out
    assert "roster/cat/notes.py" in out


def test_all_accepted_exits_0_with_a_text_summary(work):
    code, out, _ = judge("grade", "roster/ann", cwd=work)
    assert code == 0
    assert "2 of 2 accepted" in out


def test_problem_option_grades_any_file_name(tmp_path):
    (tmp_path / "mine.py").write_text((P11 / "accepted/two_pointers_while.py").read_text())
    code, out, err = judge("grade", "mine.py", "--problem", "container-with-most-water",
                           "--format", "json", cwd=tmp_path)
    assert code == 0, err
    assert json.loads(out)["reports"][0]["problem"] == "11"


@pytest.mark.parametrize("how", ["option", "environment"])
def test_problems_can_live_in_a_private_folder(work, tmp_path, how):
    private = tmp_path / "private"
    shutil.copytree(PROBLEMS / "0011-container-with-most-water", private /
                    "0011-container-with-most-water", ignore=shutil.ignore_patterns("submissions"))
    args = ["--problems", private] if how == "option" else []
    env = {"JUDGE_PROBLEMS": str(private)} if how == "environment" else {}
    done = subprocess.run([sys.executable, "-m", "judge", "grade", "roster/ann", "-f", "json",
                           *map(str, args)], cwd=work, capture_output=True, text=True,
                          env={**os.environ, **env})
    doc = json.loads(done.stdout)
    assert done.returncode == 0
    assert [r["problem"] for r in doc["reports"]] == ["11"]
    assert doc["unmatched"] == ["roster/ann/0239-sliding-window-maximum.py"]   # unknown there


@pytest.mark.parametrize("args, fragment", [
    (["grade", "no/such/folder"], "does not exist"),
    (["grade", "roster/cat/notes.py"], "cannot tell which problem"),
    (["grade", "roster", "--shard", "3/2"], "--shard '3/2'"),
    (["grade", "roster", "--shard", "two"], "expected K/N"),
    (["grade", "roster", "--problem", "9999"], "no problem '9999'"),
    (["grade", "--merge", "roster/ann/0011-container-with-most-water.py"], "is not JSON"),
    (["grade", "--merge", "full.json", "-j", "2"], "do not apply"),
    (["grade"], "nothing to grade"),
])
def test_usage_errors_exit_2_with_one_line(graded, work, args, fragment):
    code, out, err = judge(*args, cwd=work)
    assert code == 2
    assert fragment in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


def test_example_ci_roster_as_the_workflow_grades_it(tmp_path):
    """What examples/ci/grade.yml runs: shards of the example roster, then one merged report."""
    roster = ROOT / "examples" / "ci" / "roster"
    for k in (1, 2, 3):
        code, _, err = judge("grade", roster, "--shard", f"{k}/3", "-f", "json", "-o",
                             f"shard-{k}.json", cwd=tmp_path)
        assert code in (0, 1), err
    code, out, _ = judge("grade", "--merge", "shard-1.json", "shard-2.json", "shard-3.json",
                         "-f", "markdown", cwd=tmp_path)
    assert code == 1
    assert "| ada | 2/2 | ✅ AC | ✅ AC |" in out
    assert "| ben | 0/2 | ❌ WA | ❌ WA |" in out
    assert "| cyd | 1/1 | ✅ AC |  |" in out


def test_example_workflow_shards_and_merges():
    import yaml   # in the test extras

    flow = yaml.safe_load((ROOT / "examples" / "ci" / "grade.yml").read_text())
    shard, report = flow["jobs"]["shard"], flow["jobs"]["report"]
    assert shard["strategy"]["matrix"]["shard"] == [1, 2, 3] and report["needs"] == "shard"
    shard_runs = " ".join(s.get("run", "") for s in shard["steps"])
    report_runs = " ".join(s.get("run", "") for s in report["steps"])
    assert "judge grade" in shard_runs and "--shard" in shard_runs
    assert "--merge" in report_runs and "GITHUB_STEP_SUMMARY" in report_runs


# --- hostile rosters (issue 9, principles 5 and 6) ------------------------------------------------

ACCEPTED_11 = P11 / "accepted/two_pointers_while.py"
REFERENCE_11 = PROBLEMS / "0011-container-with-most-water" / "reference.py"


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """A roster where some files are not their owner's work: links to a classmate's file, to
    the reference, to a file outside the roster; a linked folder; and two honest people whose
    files are hard links of each other (allowed: both are in the roster)."""
    work = tmp_path_factory.mktemp("linked")
    roster = work / "roster"
    for person in ("ann", "bob", "cyd", "dee", "fay", "gus"):
        (roster / person).mkdir(parents=True)
    (roster / "ann/0011.py").write_text(ACCEPTED_11.read_text())
    (roster / "bob/0011.py").symlink_to("../ann/0011.py")            # a classmate's file
    (roster / "cyd/0011.py").symlink_to(REFERENCE_11)                # the reference
    (work / "elsewhere.py").write_text(ACCEPTED_11.read_text())
    os.link(work / "elsewhere.py", roster / "dee/0011.py")           # a file outside the roster
    (roster / "eve").symlink_to("ann", target_is_directory=True)      # a classmate's folder
    (roster / "fay/0011.py").write_text(ACCEPTED_11.read_text())
    os.link(roster / "fay/0011.py", roster / "gus/0011.py")
    (roster / "hal").mkdir()
    os.mkfifo(roster / "hal/0011.py")                                # would hang a reader
    (work / "empty").mkdir()
    (roster / "ivy").symlink_to(work / "empty", target_is_directory=True)
    code, out, err = judge("grade", "roster", "--format", "json", "-j", "2", cwd=work)
    (work / "linked.json").write_text(out)
    return work, code, json.loads(out), err


LINKED = {"roster/ann/0011.py": "AC", "roster/bob/0011.py": "RF", "roster/cyd/0011.py": "RF",
          "roster/dee/0011.py": "RF", "roster/eve/0011.py": "RF", "roster/fay/0011.py": "AC",
          "roster/gus/0011.py": "AC", "roster/hal/0011.py": "RF"}


def test_links_are_refused_and_nobody_collapses_into_another(linked):
    work, code, doc, err = linked
    assert code == 1, err
    assert {r["solution"]: r["verdict"] for r in doc["reports"]} == LINKED
    assert set(doc["summary"]["people"]) == {"ann", "bob", "cyd", "dee", "eve", "fay", "gus",
                                             "hal"}
    assert doc["summary"]["verdicts"]["RF"] == 5
    assert doc["unmatched"] == ["roster/ivy"]          # listed, not silently gone
    why = {r["person"]: r["message"] for r in doc["reports"] if r["verdict"] == "RF"}
    assert "symbolic link" in why["bob"] and "symbolic link" in why["cyd"]
    assert "hard link" in why["dee"] and "folder" in why["eve"]
    assert "not a regular file" in why["hal"]
    assert all(r["verdict_name"] == "Refused" and r["tests"] == [] for r in doc["reports"]
               if r["verdict"] == "RF")


def test_a_refusal_shows_in_every_report_format(linked):
    work = linked[0]
    code, out, _ = judge("grade", "--merge", "linked.json", "--format", "junit", cwd=work)
    suites = {s.get("name"): s for s in ET.fromstring(out).findall("testsuite")}
    assert set(suites) == set(LINKED)
    failure = suites["roster/bob/0011.py"].find("testcase/failure")
    assert failure.get("type") == "RF" and failure.get("message").startswith("Refused")
    code, out, _ = judge("grade", "--merge", "linked.json", "--format", "markdown", cwd=work)
    assert "| roster/cyd/0011.py | 11 | ❌ RF |" in out and "| bob | 0/1 | ❌ RF |" in out
    code, out, _ = judge("grade", "--merge", "linked.json", cwd=work)
    assert code == 1 and out.count(" RF ") >= 5 and "5 RF" in out


def test_people_whose_names_read_the_same_stay_two(tmp_path):
    import unicodedata

    composed, decomposed = (unicodedata.normalize(form, "José") for form in ("NFC", "NFD"))
    for person in (composed, decomposed, "jose", "JOSE"):
        (tmp_path / "roster" / person).mkdir(parents=True)
        (tmp_path / "roster" / person / "0011.py").write_text(ACCEPTED_11.read_text())
    code, out, err = judge("grade", "roster", "--format", "json", cwd=tmp_path)
    doc = json.loads(out)
    people = [r["person"] for r in doc["reports"]]
    assert code == 0 and len(doc["reports"]) == 4, err
    assert len(set(people)) == 4 and len(doc["summary"]["people"]) == 4
    assert {unicodedata.normalize("NFKC", p).casefold() for p in people} != {"josé", "jose"}, \
        "two people read as one in the report"


HOSTILE = {
    "kills its process group while loading": "import os\nos.killpg(0, 9)\n",
    "kills its process group mid-case": "import os\nclass Solution:\n    def maxArea(self, h):\n"
                                        "        os.killpg(0, 9)\n",
    "spins while loading": "while True:\n    pass\n",
    "crashes while loading": "import ctypes\nctypes.string_at(0)\n",
    "floods stdout while loading": "import os\nwhile True:\n    os.write(1, b'x' * 2**20)\n",
    "floods the result pipe": "import os, sys\nclass Solution:\n    def maxArea(self, h):\n"
                              "        while True:\n            os.write(int(sys.argv[3]), b'x' * 2**20)\n",
    "closes every descriptor": "import os\nclass Solution:\n    def maxArea(self, h):\n"
                               "        os.closerange(0, 64)\n        return 0\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("attack", list(HOSTILE))
def test_one_hostile_submission_leaves_everyone_elses_result(tmp_path, attack, jobs):
    files = {"ann/0011.py": (ACCEPTED_11, "AC"), "ben/0011.py": (P11 / "wrong_answer/move_taller_pointer.py", "WA"),
             "cat/0239.py": (P239 / "accepted/deque_of_indices.py", "AC"),
             "zed/0011.py": (HOSTILE[attack], None)}
    make_roster(tmp_path, files)
    code, out, err = judge("grade", "roster", "--format", "json", "-j", jobs, cwd=tmp_path)
    assert code == 1, err[-2000:]
    got = {r["solution"]: r["verdict"] for r in json.loads(out)["reports"]}
    assert {k: v for k, v in got.items() if "zed" not in k} == {
        f"roster/{name}": verdict for name, (_, verdict) in files.items() if verdict}
    assert got["roster/zed/0011.py"] not in ("AC", "IE")
