"""Bad input from the user, through the real CLI: one clear line on stderr, exit 2, nothing lost.

Each case sets up what a new user might get wrong (a folder that is a file, a typo, a FIFO for a
solution, a case nested 5000 levels deep, ...) in its own tmp folder, runs `python -m judge` in a
subprocess and checks the contract: exit status 2, exactly one line on stderr starting with
`judge: `, no traceback, nothing on stdout, no attempt in the history, and every file the case
made (a solution, a starter holding work) byte for byte as it was.

Running as root, `chmod 000` does not stop reading. The cases that need a file or folder the
judge cannot read or write run the judge under `setpriv` with CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH dropped from its bounding set, so that the mode bits apply to it as to any
user (skipped where setpriv is missing); others use what even root cannot read or write:
`/proc/self/mem` (EIO on read) and folders under /proc.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROBLEMS, ROOT

P11 = PROBLEMS / "0011-container-with-most-water"
ACCEPTED_11 = P11 / "submissions/accepted/two_pointers_while.py"
REFERENCE_76 = PROBLEMS / "0076-minimum-window-substring/reference.py"
HANG_GUARD_S = 300      # only so that a regression (a FIFO opened, say) cannot hang the suite
SETPRIV = shutil.which("setpriv")
NO_DAC = [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps=-all"] \
    if SETPRIV else []


class Case:
    """What one bad input needs: the arguments, and optionally env, stdin, cwd, files to keep."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.env: dict[str, str] = {}
        self.stdin = b""
        self.cwd = ROOT
        self.keep: list[Path] = []       # files whose bytes must be the same afterwards
        self.wrap: list[str] = []        # a command to run the judge under (setpriv)

    def file(self, name: str, data: bytes | str = "") -> Path:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    def solution(self, source: str = None) -> Path:
        path = self.file("mine.py", source if source is not None else ACCEPTED_11.read_text())
        self.keep.append(path)
        return path

    def unprivileged(self) -> None:
        if os.geteuid() == 0:
            if not SETPRIV:
                pytest.skip("running as root without setpriv: mode bits do not apply")
            self.wrap = NO_DAC


def _nested(c: Case):
    return ["test", "11", "-s", ACCEPTED_11, "--case", "[" * 5000 + "]" * 5000], "nested too deeply"


def _case_file_not_utf8(c: Case):
    path = c.file("case.txt", b"[1, 2]\xff")
    return ["test", "11", "-s", ACCEPTED_11, "--case", f"@{path}"], "not UTF-8"


def _case_file_is_folder(c: Case):
    (c.tmp / "folder").mkdir()
    return ["test", "11", "-s", ACCEPTED_11, "--case", f"@{c.tmp / 'folder'}"], "not a regular file"


def _stdin_twice(c: Case):
    c.stdin = b"[1, 2]"
    return ["test", "11", "-s", ACCEPTED_11, "--case", "-", "--case", "-"], "read only once"


def _solution_fifo(c: Case):
    os.mkfifo(c.tmp / "fifo.py")
    return ["run", "11", "-s", c.tmp / "fifo.py"], "is not a regular file"


def _solution_folder(c: Case):
    (c.tmp / "mine.py").mkdir()
    return ["run", "11", "-s", c.tmp / "mine.py"], "is a folder, not a file"


def _solution_dangling(c: Case):
    (c.tmp / "link.py").symlink_to(c.tmp / "gone.py")
    return ["run", "11", "-s", c.tmp / "link.py"], "is a link to nothing"


def _solution_huge(c: Case):
    path = c.solution()
    with open(path, "ab") as f:
        f.truncate(11 * 2**20)          # sparse: costs no disk
    return ["run", "11", "-s", path], "a solution is at most 10 MB"


def _solution_unreadable(c: Case):
    path = c.solution()
    path.chmod(0)
    c.unprivileged()
    return ["run", "11", "-s", path], "cannot be read: Permission denied"


def _in_default_folder_unreadable(c: Case):
    path = c.file("solutions/0011-mine.py", ACCEPTED_11.read_text())
    c.keep.append(path)
    path.chmod(0)
    c.cwd = c.tmp
    c.unprivileged()
    return ["run", "11"], "cannot be read: Permission denied"


def _not_a_folder(variable: str, fragment: str):
    def case(c: Case):
        c.env[variable] = str(c.file("plain-file", "keep me"))
        c.keep.append(c.tmp / "plain-file")
        return ["run", "11", "-s", c.solution()], fragment
    return case


def _under_proc(variable: str, fragment: str, where: str = "/proc/judge-no-such-folder"):
    def case(c: Case):
        c.env[variable] = where
        return ["run", "11", "-s", c.solution()], fragment
    return case


def _unwritable(variable: str, fragment: str):
    def case(c: Case):
        folder = c.tmp / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        c.env[variable] = str(folder)
        c.unprivileged()
        return ["run", "11", "-s", c.solution()], fragment
    return case


def _ambiguous_prefix(c: Case):
    root = c.tmp / "problems"
    shutil.copytree(P11, root / P11.name, ignore=shutil.ignore_patterns("data", "submissions"))
    c.file("problems/0012-container-clone/problem.toml", "id = 12\n")
    return ["run", "container", "--problems", root, "-s", c.solution()], \
        "'container' could be any of 0011-container-with-most-water, 0012-container-clone"


def _problems_is_file(c: Case):
    return ["run", "11", "--problems", c.file("problems"), "-s", c.solution()], "is not a folder"


def _problems_empty(args: list[str]):
    def case(c: Case):
        (c.tmp / "problems").mkdir()
        return [*args, "--problems", c.tmp / "problems"], "holds no problem packages"
    return case


def _problems_broken(c: Case):
    c.file(f"problems/{P11.name}/problem.toml", "id = [\n")
    return ["run", "11", "--problems", c.tmp / "problems", "-s", c.solution()], "not valid TOML"


def _new_over_fifo(c: Case):
    (c.tmp / "solutions").mkdir()
    os.mkfifo(c.tmp / "solutions/0011-container-with-most-water.py")
    c.cwd = c.tmp
    return ["new", "11", "--force"], "is not a regular file; not writing over it"


def _new_over_work(c: Case):
    c.keep.append(c.file("solutions/0011-container-with-most-water.py", "# my work\n"))
    c.cwd = c.tmp
    return ["new", "11"], "not overwriting it"


def _new_over_unreadable_work(c: Case):
    path = c.file("solutions/0011-container-with-most-water.py", "# my work\n")
    c.keep.append(path)
    path.chmod(0)
    c.cwd = c.tmp
    c.unprivileged()
    return ["new", "11", "--force"], "cannot be read (Permission denied); not writing over it"


def _static(*args, fragment):
    return lambda c: (list(args), fragment)


def _with_solution(*args, fragment, source=None):
    return lambda c: ([*args[:2], "-s", c.solution(source), *args[2:]], fragment)


CASES = {
    # the cache and data folders
    "cache-is-a-file": _not_a_folder("JUDGE_CACHE_DIR", "cache folder"),
    "cache-under-proc": _under_proc("JUDGE_CACHE_DIR", "cannot be used"),
    "cache-unwritable-proc-self": _under_proc("JUDGE_CACHE_DIR", "cache folder", "/proc/self"),
    "cache-unwritable-mode-555": _unwritable("JUDGE_CACHE_DIR", "Permission denied"),
    "data-is-a-file": _not_a_folder("JUDGE_DATA_DIR", "history folder"),
    "data-under-proc": _under_proc("JUDGE_DATA_DIR", "cannot be created"),
    "data-unwritable-proc-self": _under_proc("JUDGE_DATA_DIR", "unable to open", "/proc/self"),
    "data-unwritable-mode-555": _unwritable("JUDGE_DATA_DIR", "JUDGE_DATA_DIR"),
    # --case
    "case-nested-5000-deep": _nested,
    "case-repeated-parameter": _with_solution("test", "76", "--case", 's = "a", s = "b", t = "a"',
                                              fragment="'s' is given twice"),
    "case-unknown-parameter": _with_solution("test", "76", "--case", 's = "a", u = "a"',
                                             fragment="unknown parameter 'u'"),
    "case-missing-parameter": _with_solution("test", "76", "--case", 's = "a"',
                                             fragment="missing parameter(s): t"),
    "case-too-few-values": _with_solution("test", "76", "--case", '"a"',
                                          fragment="expected 2 value(s)"),
    "case-mixed-forms": _with_solution("test", "76", "--case", '"a"\nt = "a"',
                                       fragment="or none of them"),
    "case-wrong-element-type": _with_solution("test", "11", "--case", "[[1], 2]",
                                              fragment="height[0] is a list"),
    "case-wrong-type": _with_solution("test", "76", "--case", '1\n"a"',
                                      fragment="s must be str, but s is a whole number"),
    "case-not-json": _with_solution("test", "11", "--case", "[1, 2", fragment="cannot read"),
    "case-outside-constraints": _with_solution("test", "11", "--case", "[1]",
                                               fragment="2 <= n <= 10^5"),
    "case-file-missing": _with_solution("test", "11", "--case", "@/no/such/case.txt",
                                        fragment="cannot read /no/such/case.txt"),
    "case-file-is-a-device": _with_solution("test", "11", "--case", "@/dev/zero",
                                            fragment="not a regular file"),
    "case-file-is-a-folder": _case_file_is_folder,
    "case-file-not-utf8": _case_file_not_utf8,
    "case-stdin-twice": _stdin_twice,
    # --solution
    "solution-missing": _static("run", "11", "-s", "/no/such/file.py", fragment="does not exist"),
    "solution-name-with-newline": _static("run", "11", "-s", "/no/such\nfile.py",
                                          fragment="/no/such\\nfile.py does not exist"),
    "solution-folder": _solution_folder,
    "solution-dev-null": _static("run", "11", "-s", "/dev/null", fragment="not a regular file"),
    "solution-dev-zero": _static("run", "11", "-s", "/dev/zero", fragment="not a regular file"),
    "solution-fifo": _solution_fifo,
    "solution-dangling-link": _solution_dangling,
    "solution-over-10-mb": _solution_huge,
    "solution-unreadable-eio": _static("run", "11", "-s", "/proc/self/mem",
                                       fragment="cannot be read: Input/output error"),
    "solution-unreadable-mode-000": _solution_unreadable,
    "found-solution-unreadable": _in_default_folder_unreadable,
    "watch-solution-fifo": lambda c: (["watch", *_solution_fifo(c)[0][1:]], "not a regular file"),
    # problems and slugs
    "slug-typo": _with_solution("run", "contaner-with-most-water",
                                fragment="did you mean container-with-most-water (11)?"),
    "slug-prefix-typo": _with_solution("run", "contaner", fragment="did you mean container"),
    "slug-prefix-ambiguous": _ambiguous_prefix,
    "unknown-id": _with_solution("run", "9999", fragment="no problem '9999'; known problems"),
    "show-slug-typo": _static("show", "slidng-window", fragment="did you mean sliding-window"),
    "history-slug-typo": _static("history", "minimun", fragment="did you mean minimum-window"),
    "problems-missing": _static("run", "11", "--problems", "/no/such/problems",
                                fragment="does not exist"),
    "problems-is-a-file": _problems_is_file,
    "problems-empty-run": _problems_empty(["run", "11"]),
    "problems-empty-list": _problems_empty(["list"]),
    "problems-empty-check-all": _problems_empty(["check", "--all"]),
    "problems-broken-toml": _problems_broken,
    # judge new never loses work
    "new-over-work": _new_over_work,
    "new-over-a-fifo": _new_over_fifo,
    "new-over-unreadable-work": _new_over_unreadable_work,
    # other commands' arguments
    "history-show-huge-number": _static("history", "--show", "99999999999999999999",
                                        fragment="no attempt 99999999999999999999"),
    "history-show-zero": _static("history", "--show", "0", fragment="no attempt 0"),
    "history-negative-limit": _static("history", "--limit", "-1", fragment="--limit"),
    "run-bad-format": _with_solution("run", "11", "--format", "yaml", fragment="'yaml'"),
    "run-missing-problem": _static("run", fragment="Missing argument"),
    "unknown-command": _static("runn", "11", fragment="No such command 'runn'"),
    "show-bad-language": _static("show", "11", "--lang", "fr", fragment="'fr'"),
    "check-nothing-named": _static("check", fragment="name the problems to check"),
    "grade-bad-shard": _static("grade", str(ACCEPTED_11), "--shard", "3/2", fragment="K/N"),
    "grade-missing-path": _static("grade", "/no/such/roster", fragment="does not exist"),
    "new-problem-bad-slug": _static("new-problem", "Trapping Rain Water", "--id", "42",
                                    fragment="is not a slug"),
    "new-problem-negative-id": lambda c: (["new-problem", "foo-bar", "--id", "-1", "--problems",
                                           c.tmp], "--id"),
}


def _history_rows(data: Path) -> int:
    db = data / "history.sqlite3"
    if not db.is_file():
        return 0
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        count = conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] \
            if "attempts" in tables else 0
    conn.close()
    return count


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_one_line_exit_2_and_loses_nothing(tmp_path, name):
    case = Case(tmp_path)
    args, fragment = CASES[name](case)
    kept = {path: path.read_bytes() if os.access(path, os.R_OK) else None for path in case.keep}
    data = tmp_path / "data"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "JUDGE_DATA_DIR": str(data),
           **case.env}
    done = subprocess.run([*case.wrap, sys.executable, "-m", "judge", *map(str, args)],
                          cwd=case.cwd, env={**env, "PYTHONPATH": str(ROOT)}, input=case.stdin,
                          capture_output=True, timeout=HANG_GUARD_S)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 2, (out, err)
    assert fragment in err, err
    assert err.startswith("judge: ") and len(err.splitlines()) == 1, err
    assert "Traceback" not in out + err and out == ""
    assert _history_rows(data) == 0
    for path, before in kept.items():
        path.chmod(0o644)
        assert path.read_bytes() == before, f"{path} changed"


@pytest.mark.slow
def test_a_case_too_long_for_the_command_line_is_read_from_a_file_or_stdin(tmp_path, cli_json):
    """The largest input problem 11 allows (10^5 heights) is about 500 kB: past what one
    command-line argument may hold on Linux (128 kB), and fine as @FILE or on stdin."""
    heights = "[" + ", ".join(str(i % 10_000) for i in range(100_000)) + "]"
    case = tmp_path / "case.txt"
    case.write_text(f"height = {heights}\n")
    code, doc, err = cli_json("test", "11", "-s", ACCEPTED_11, "--case", f"@{case}",
                              "--no-history")
    assert code == 0 and doc["verdict"] == "AC" and doc["total"] == 1, err
    done = subprocess.run([sys.executable, "-m", "judge", "test", "11", "-s", ACCEPTED_11,
                           "--case", "-", "--case", "[1, 1]", "--no-history", "-f", "json"],
                          input=heights, cwd=ROOT, capture_output=True, text=True,
                          timeout=HANG_GUARD_S)
    assert done.returncode == 0, done.stderr
    assert [t["verdict"] for t in json.loads(done.stdout)["tests"]] == ["AC", "AC"]
    with pytest.raises(OSError):        # what the user ran into: the kernel refuses the argument
        subprocess.run(["true", heights])


def test_a_unique_slug_prefix_finds_the_problem(cli_json):
    code, doc, err = cli_json("run", "container", "-s", ACCEPTED_11, "--no-history")
    assert code == 0 and doc["problem"] == "11", err


@pytest.mark.parametrize("source, detail", [
    (b"class Solution:\n    def maxArea(self, height):\n        return len('\xff')\n",
     "'utf-8' codec can't decode byte 0xff"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "null bytes"),
], ids=["not-utf8", "binary"])
def test_a_source_python_refuses_is_a_compile_error_as_python_says(tmp_path, cli_json, source,
                                                                    detail):
    """`python mine.py` refuses a file that is not UTF-8 (SyntaxError); so does the judge, rather
    than judge the code with U+FFFD in place of the bytes."""
    path = tmp_path / "mine.py"
    path.write_bytes(source)
    python = subprocess.run([sys.executable, path], capture_output=True, text=True)
    assert python.returncode == 1 and "SyntaxError" in python.stderr
    code, doc, err = cli_json("run", "11", "-s", path, "--no-history")
    assert (code, doc["verdict"]) == (1, "CE"), doc["message"]
    assert "SyntaxError" in doc["message"] and detail in doc["message"]


def test_a_coding_declaration_is_honoured_as_python_does(tmp_path, cli_json):
    path = tmp_path / "mine.py"
    path.write_bytes(b"# -*- coding: latin-1 -*-\nclass Solution:\n    def maxArea(self, h):\n"
                     b"        return ord('\xe9') - 233 + 49\n")
    code, doc, err = cli_json("test", "11", "-s", path, "--no-history")
    assert doc["tests"][0]["verdict"] == "AC", doc["message"]     # latin-1 'é' is U+00E9
