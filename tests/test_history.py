"""The history database through the real CLI: what is recorded, turning it off, damage, WAL.

Every test points JUDGE_DATA_DIR at its own tmp folder, so attempts never mix between tests.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys

import pytest

from conftest import PROBLEMS, ROOT

P11 = PROBLEMS / "0011-container-with-most-water"
ACCEPTED_11 = P11 / "submissions/accepted/two_pointers_while.py"
WRONG_11 = P11 / "submissions/wrong_answer/move_taller_pointer.py"


@pytest.fixture
def judge(cli, tmp_path):
    """The CLI with a private history folder; returns (status, stdout, stderr)."""
    data = tmp_path / "data"

    def run(*args, env=None):
        return cli(*args, env={"JUDGE_DATA_DIR": str(data), **(env or {})})

    run.data = data
    return run


def recorded(judge, *args) -> list[dict]:
    code, out, err = judge("history", *args, "--limit", "0", "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_run_and_test_are_recorded_with_a_copy_of_the_code(judge):
    assert judge("run", "11", "--solution", WRONG_11)[0] == 1
    code, out, _ = judge("test", "11", "--solution", ACCEPTED_11, "--format", "json")
    assert code == 0
    report = json.loads(out)
    newest, oldest = recorded(judge)
    assert (oldest["kind"], oldest["verdict"], oldest["problem"]) == ("run", "WA", "11")
    assert 0 < oldest["passed"] < oldest["total"]
    assert (newest["kind"], newest["verdict"], newest["passed"], newest["total"]) == \
        ("examples", "AC", 2, 2)
    # the figures recorded are the report's own, not some other measurement
    assert (newest["time_ms"], newest["peak_memory_kb"]) == \
        (report["time_ms"], report["peak_memory_kb"])
    assert newest["peak_memory_kb"] > 1000 and newest["solution"] == report["solution"]
    code, out, _ = judge("history", "--show", str(oldest["attempt"]), "--format", "json")
    shown = json.loads(out)
    assert code == 0 and shown["code"] == WRONG_11.read_text()
    assert shown["sha256"] == hashlib.sha256(WRONG_11.read_bytes()).hexdigest()


def test_show_prints_only_the_code_on_stdout(judge):
    judge("test", "11", "--solution", WRONG_11)
    number = recorded(judge)[0]["attempt"]
    code, out, err = judge("history", "11", "--show", str(number))
    assert code == 0
    assert out == WRONG_11.read_text()          # redirectable to a file as it is
    assert f"attempt {number}" in err


def test_history_filters_by_problem_and_lists_newest_first(judge):
    judge("test", "11", "--solution", ACCEPTED_11)
    judge("test", "239", "--solution", PROBLEMS / "0239-sliding-window-maximum/reference.py")
    assert [a["problem"] for a in recorded(judge)] == ["239", "11"]
    assert [a["problem"] for a in recorded(judge, "container-with-most-water")] == ["11"]
    code, out, _ = judge("history")
    assert code == 0 and "examples" in out and "239" in out


@pytest.mark.parametrize("how", [["--no-history"], "JUDGE_NO_HISTORY=1"])
def test_recording_can_be_turned_off(judge, how):
    flags, env = (how, None) if isinstance(how, list) else ([], dict([how.split("=")]))
    assert judge("test", "11", "--solution", ACCEPTED_11, *flags, env=env)[0] == 0
    assert recorded(judge) == []
    assert judge("test", "11", "--solution", ACCEPTED_11, env={"JUDGE_NO_HISTORY": "0"})[0] == 0
    assert len(recorded(judge)) == 1


def test_stats_counts_attempts_and_solved_problems(judge):
    judge("run", "11", "--solution", WRONG_11)
    judge("test", "11", "--solution", ACCEPTED_11)     # examples passing is not solving
    code, out, _ = judge("stats", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["solved"] == 0 and doc["per_problem"][0]["attempts"] == 2
    judge("run", "11", "--solution", ACCEPTED_11)
    doc = json.loads(judge("stats", "--format", "json")[1])
    (row,) = doc["per_problem"]
    assert doc["solved"] == 1 and doc["problems"] == len(list(PROBLEMS.glob("*/problem.toml")))
    assert row["solved"] and row["runs"] == 2 and row["attempts"] == 3
    assert row["best_ms"] > 0 and row["last_verdict"] == "AC" and row["first_solved"]
    code, out, _ = judge("stats", env={"COLUMNS": "120"})
    assert code == 0 and f"solved 1 of {doc['problems']} problems" in out and "Container With Most Water" in out


def test_a_file_that_is_not_a_database_is_moved_aside_and_the_run_still_counts(judge):
    judge.data.mkdir()
    garbage = b"this is not sqlite " * 100
    (judge.data / "history.sqlite3").write_bytes(garbage)
    code, out, err = judge("run", "11", "--solution", WRONG_11)
    assert code == 1 and "Wrong Answer" in out              # the verdict is untouched
    assert "damaged" in err and "moved to history.sqlite3.damaged-" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    (aside,) = judge.data.glob("history.sqlite3.damaged-*")
    assert aside.read_bytes() == garbage                     # kept, not deleted
    assert [a["verdict"] for a in recorded(judge)] == ["WA"]  # recorded in the new database


def test_a_corrupted_database_is_moved_aside_when_read(judge):
    judge("test", "11", "--solution", ACCEPTED_11)
    db = judge.data / "history.sqlite3"
    with sqlite3.connect(db) as conn:     # many rows, so that the damage lands on table pages
        conn.executemany("INSERT INTO code VALUES (?, ?)",
                         [(str(i), "x" * 3000) for i in range(200)])
    conn.close()
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    code, out, err = judge("history", "--format", "json")
    assert code == 0 and json.loads(out) == []
    assert "damaged" in err and "Traceback" not in err
    assert len(list(judge.data.glob("history.sqlite3.damaged-*"))) == 1


def test_an_unusable_data_folder_is_refused_before_judging_and_no_history_still_judges(
        judge, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    env = {"JUDGE_DATA_DIR": str(not_a_folder)}
    code, out, err = judge("test", "11", "--solution", ACCEPTED_11, env=env)
    assert (code, out) == (2, "")                    # nothing judged, so no attempt lost
    assert "history folder" in err and "is not a folder" in err and "--no-history" in err
    assert len(err.strip().splitlines()) == 1 and not_a_folder.read_text() == ""
    code, out, err = judge("test", "11", "--solution", ACCEPTED_11, "--no-history", env=env)
    assert code == 0 and "Accepted" in out and err == ""


@pytest.mark.parametrize("args, fragment", [
    (["history", "--show", "999"], "no attempt 999"),
    (["history", "239", "--show", "1"], "is for problem 11, not 239"),
])
def test_history_usage_errors(judge, args, fragment):
    judge("test", "11", "--solution", ACCEPTED_11)
    code, out, err = judge(*args)
    assert code == 2 and fragment in err and len(err.strip().splitlines()) == 1


WRITER = """
import sys
from pathlib import Path
from judge.practice import history
from judge.engine.verdicts import CaseResult, Limits, Report, Verdict
report = Report("11", "container-with-most-water", "s.py", 1, Limits(1000, 2000, 256),
                (CaseResult("a", Verdict.AC, time_ms=1.0, memory_kb=1),))
for i in range(int(sys.argv[2])):
    code = history.Snapshot(f"# writer {sys.argv[1]} attempt {i}", f"{sys.argv[1]}-{i}")
    assert history.record(report, code, "run", folder=Path(sys.argv[3])) == []
"""


def test_parallel_writers_lose_nothing_and_leave_a_sound_wal_database(tmp_path):
    writers, each = 4, 25
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(w), str(each), str(tmp_path)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True) for w in range(writers)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, errors
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM attempts").fetchone() == \
        (writers * each, writers * each)
    db.close()
