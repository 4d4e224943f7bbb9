"""The practice commands through the real CLI: show, explain, new, watch, completion, the WA
diff, the progress bar, and the editor task's problem matchers against real output."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from judge.engine import solutions
from judge.api import find_problem
from judge.cli import app
from conftest import PROBLEMS, ROOT

P11 = PROBLEMS / "0011-container-with-most-water"
P239 = PROBLEMS / "0239-sliding-window-maximum"
REFERENCE_239 = (P239 / "reference.py").read_text()
HANG_GUARD_S = 120      # only so that a broken watch cannot hang the suite; nothing is timed


# --- show and explain --------------------------------------------------------------------

def test_show_renders_the_statement_with_examples_and_constraints(cli):
    code, out, err = cli("show", "11", "--lang", "en")
    assert code == 0, err
    assert "11. Container With Most Water" in out and "Medium" in out
    assert "Input: height = [1,8,6,2,5,4,8,3,7]" in out and "10^5" in out
    assert "**" not in out and "## " not in out          # drawn, not raw Markdown
    assert "Why it is correct" not in out                 # the explanation stays hidden


def test_language_comes_from_the_locale_unless_given(cli):
    zh = cli("show", "239", env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LANGUAGE": ""})[1]
    assert "滑动窗口最大值" in zh
    en = cli("show", "239", env={"LANG": "en_US.UTF-8", "LC_ALL": "", "LANGUAGE": ""})[1]
    assert "Sliding Window Maximum" in en and "滑动窗口最大值" not in en
    forced = cli("show", "239", "--lang", "en", env={"LANG": "zh_CN.UTF-8", "LC_ALL": ""})[1]
    assert "Sliding Window Maximum" in forced


def test_show_json_carries_the_markdown_file(cli_json):
    code, doc, _ = cli_json("show", "container-with-most-water", "--lang", "zh")
    assert code == 0
    assert doc["statement"] == (P11 / "statement.zh.md").read_text()
    assert (doc["problem"], doc["lang"], doc["title"]) == ("11", "zh", "盛最多水的容器")


@pytest.mark.parametrize("lang, file", [("en", "explanation.md"), ("zh", "explanation.zh.md")])
def test_explain_shows_the_explanation(cli, cli_json, lang, file):
    code, out, _ = cli("explain", "11", "--lang", lang)
    assert code == 0 and "O(n)" in out
    assert cli_json("explain", "11", "--lang", lang)[1]["explanation"] == (P11 / file).read_text()


def test_bad_language_is_a_usage_error(cli):
    code, _, err = cli("show", "11", "--lang", "fr")
    assert code == 2 and "fr" in err


# --- new ---------------------------------------------------------------------------------

@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "solutions").mkdir()
    return tmp_path


def test_new_writes_the_starter_and_never_overwrites_work(cli, workdir):
    target = workdir / "solutions" / "0239-sliding-window-maximum.py"
    code, out, _ = cli("new", "239", cwd=workdir)
    assert code == 0 and "wrote solutions/0239-sliding-window-maximum.py" in out
    problem = find_problem("239")
    examples = problem.examples()
    assert target.read_text() == solutions.starter(problem, examples)
    assert "def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:" in target.read_text()
    assert "from typing import List" in target.read_text()

    code, out, _ = cli("new", "239", cwd=workdir)      # untouched starter: nothing to lose
    assert code == 0 and "still the untouched starter" in out

    mine = target.read_text().replace("raise NotImplementedError", "return []")
    target.write_text(mine)
    code, out, err = cli("new", "239", cwd=workdir)
    assert code == 2 and "not overwriting" in err and "--force" in err
    assert target.read_text() == mine

    code, out, _ = cli("new", "239", "--force", cwd=workdir)
    assert code == 0 and "kept as solutions/0239-sliding-window-maximum.py.bak" in out
    assert (workdir / "solutions/0239-sliding-window-maximum.py.bak").read_text() == mine
    assert "NotImplementedError" in target.read_text()
    # the backup is not mistaken for a second solution: the fresh starter is the one judged
    code, out, _ = cli("test", "239", "--no-history", cwd=workdir)
    assert code == 1 and "not written yet" in out


def test_new_refuses_when_another_file_holds_the_solution(cli, workdir):
    (workdir / "solutions" / "239_my_deque.py").write_text(REFERENCE_239)
    for flags in ([], ["--force"]):
        code, _, err = cli("new", "239", *flags, cwd=workdir)
        assert code == 2 and "239_my_deque.py already holds a solution" in err
    assert not (workdir / "solutions" / "0239-sliding-window-maximum.py").exists()


# --- completion --------------------------------------------------------------------------

@pytest.mark.parametrize("words, expected", [
    ("judge run 23", ["239"]),
    ("judge show sliding-window-ma", ["sliding-window-maximum"]),
    ("judge history con", ["container-with-most-water"]),
])
def test_shell_completion_offers_ids_and_slugs(words, expected):
    env = {"_JUDGE_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}
    result = CliRunner().invoke(app, [], prog_name="judge", env=env)
    assert result.output.split() == expected


# --- the wrong-answer diff -----------------------------------------------------------------

def _diff_lines(out: str) -> tuple[str, str, int]:
    """The shown expected and got values (labels cut off) and the caret's column in them."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  got       "))
    expected = next(line for line in lines if line.startswith("  expected  "))
    return expected[12:], lines[at][12:], lines[at + 1].index("^") - 12


def _first_token(text: str) -> str:
    return re.match(r'-?\d+|"[^"]*"|.', text)[0]


def test_a_wrong_element_in_a_huge_list_is_pointed_at(cli, write):
    wrong = write(REFERENCE_239.replace(
        "        return result",
        "        if len(result) > 1000:\n            result[len(result) // 2] += 1\n"
        "        return result"))
    code, out, _ = cli("run", "239", "--solution", wrong, "--no-history")
    assert code == 1 and "Wrong Answer" in out
    index = int(re.search(r"different value at \[(\d+)\]", out)[1])
    expected, got, caret = _diff_lines(out)
    assert max(len(expected), len(got)) <= 80 - 12         # one window, shortened
    assert "characters)" in got and got.startswith("...")
    assert expected[:caret] == got[:caret]                 # aligned up to the caret ...
    want, have = _first_token(expected[caret:]), _first_token(got[caret:])
    assert int(have) == int(want) + 1                      # ... which marks the changed element
    assert index > 500


def test_differing_characters_of_a_string_are_pointed_at(cli, write):
    wrong = write("class Solution:\n    def minWindow(self, s, t):\n"
                  "        return 'BANC' if s.startswith('ADOBE') else 'BAND'\n")
    code, out, _ = cli("test", "76", "--solution", wrong, "--case", '"ADOBECODEBANC"\n"ABC"',
                       "--no-history")
    assert code == 0          # the custom case agrees with the reference
    code, out, _ = cli("test", "76", "--solution", wrong, "--case", '"XADOBECODEBANC"\n"ABC"',
                       "--no-history")
    assert code == 1 and "strings differ at index 3" in out
    code, out, _ = cli("run", "76", "--solution", wrong, "--no-history")
    expected, got, caret = _diff_lines(out)
    assert expected[:caret] == got[:caret] and expected[caret] != got[caret]


# --- progress ------------------------------------------------------------------------------

def test_progress_bar_on_a_terminal_and_silence_when_piped(cli):
    code, out, err = cli("run", "11", "--solution", P11 / "submissions/accepted/two_pointers_while.py",
                         "--no-history")
    assert code == 0 and err == ""
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "judge", "run", "11", "--no-history", "--solution",
         P11 / "submissions/accepted/two_pointers_while.py"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal, env={**os.environ, "TERM": "xterm"})
    os.close(terminal)
    drawn = b""
    while True:
        ready = select.select([controller], [], [], HANG_GUARD_S)[0]
        try:
            chunk = os.read(controller, 4096) if ready else b""
        except OSError:       # the terminal closed: the judge has exited
            chunk = b""
        if not chunk:
            break
        drawn += chunk
    out = proc.communicate(timeout=HANG_GUARD_S)[0].decode()
    os.close(controller)
    assert proc.returncode == 0 and "Accepted" in out
    assert b"Judging" in drawn and b"/31" in drawn and "Judging" not in out


# --- the editor task -----------------------------------------------------------------------

def _matchers() -> list[re.Pattern]:
    tasks = json.loads((ROOT / "examples/editor/tasks.json").read_text())["tasks"]
    return [re.compile(m["pattern"]["regexp"]) for m in tasks[0]["problemMatcher"]]


@pytest.mark.parametrize("folder, name, line", [
    ("runtime_error", "prune_divides_by_tallest.py", 11),
    ("compile_error", "missing_colon.py", 8),
])
def test_editor_problem_matchers_find_file_and_line_in_real_output(cli, folder, name, line):
    path = P11 / "submissions" / folder / name
    _, out, _ = cli("run", "11", "--solution", path, "--no-history")
    found = [(m.group("file") if "file" in m.re.groupindex else None, m)
             for pattern in _matchers() for m in map(pattern.match, out.splitlines()) if m]
    spots = {(m.groups()[0], m.groups()[1]) if m.re.pattern.startswith("^\\s*")
             else (m.groups()[1], m.groups()[2]) for _, m in found}
    assert (str(path.relative_to(ROOT)), str(line)) in spots


# --- watch ---------------------------------------------------------------------------------

class Screen:
    """`judge watch` in a subprocess with its output on a pipe, read as it comes."""

    def __init__(self, cwd: Path, *args: str, env: dict | None = None):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "judge", "watch", *args], cwd=cwd, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1", **(env or {})})
        self.text = ""

    def wait_for(self, fragment: str) -> str:
        deadline = time.monotonic() + HANG_GUARD_S
        fd = self.proc.stdout.fileno()
        while fragment not in self.text:
            left = deadline - time.monotonic()
            assert left > 0 and select.select([fd], [], [], left)[0], self.text
            chunk = os.read(fd, 65536)
            assert chunk, f"watch ended early:\n{self.text}\n{self.proc.stderr.read().decode()}"
            self.text += chunk.decode()
        return self.text

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGINT)
        out, err = self.proc.communicate(timeout=HANG_GUARD_S)
        self.text += out.decode()
        return self.proc.returncode, err.decode()


def test_watch_survives_syntax_errors_and_a_missing_file_then_ends_on_ctrl_c(tmp_path):
    data = tmp_path / "data"
    solution = tmp_path / "mine.py"
    solution.write_text("class Solution:\n    def maxSlidingWindow(self, nums, k):\n"
                        "        return nums[:len(nums) - k + 1]\n")
    screen = Screen(tmp_path, "239", "--solution", str(solution),
                    env={"JUDGE_DATA_DIR": str(data)})
    try:
        screen.wait_for("round 1")
        first = screen.wait_for("Ctrl-C to stop")
        assert "examples  Wrong Answer" in first and "not run until the examples pass" in first

        solution.write_text("class Solution:\n    def maxSlidingWindow(self, nums, k):\n"
                            "        return [max(nums[i:i + k] for i in range(\n")
        text = screen.wait_for("round 2")
        text = screen.wait_for("was never closed")
        assert re.search(r"\(\S*mine\.py:3\)", text)            # path:LINE for the editor

        solution.unlink()
        screen.wait_for("is missing; waiting")
        solution.write_text(REFERENCE_239)
        text = screen.wait_for("hidden    Accepted")
        assert "examples  Accepted  2/2" in text
    finally:
        code, err = screen.stop()
    assert code == 0 and "stopped watching" in screen.text
    assert "Traceback" not in err + screen.text
    kinds = [(a["kind"], a["verdict"]) for a in json.loads(subprocess.run(
        [sys.executable, "-m", "judge", "history", "-n", "0", "-f", "json"], cwd=ROOT,
        env={**os.environ, "JUDGE_DATA_DIR": str(data)}, capture_output=True, text=True).stdout)]
    assert kinds[:2] == [("run", "AC"), ("examples", "AC")]          # every round recorded
    assert ("examples", "CE") in kinds and kinds[-1] == ("examples", "WA")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_watch_in_a_real_terminal_redraws_after_a_save(tmp_path):
    """As a person would see it: tmux runs `judge watch`, we save, and the screen changes."""
    socket = f"judge-test-{uuid.uuid4().hex[:8]}"      # a private tmux server, ours alone
    solution = tmp_path / "solutions" / "0239-sliding-window-maximum.py"
    solution.parent.mkdir()
    solution.write_text("class Solution:\n    def maxSlidingWindow(self, nums, k):\n"
                        "        raise NotImplementedError\n")
    command = (f"env JUDGE_DATA_DIR={tmp_path / 'data'} {sys.executable} -m judge watch 239; "
               "echo EXIT-STATUS $?; sleep 60")
    tmux = ["tmux", "-L", socket]
    subprocess.run([*tmux, "new-session", "-d", "-x", "100", "-y", "30", "-c", str(tmp_path),
                    command], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})

    def wait_for(fragment: str) -> str:
        deadline = time.monotonic() + HANG_GUARD_S
        while time.monotonic() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True,
                                    text=True).stdout
            if fragment in screen:
                return screen
            time.sleep(0.02)
        raise AssertionError(f"{fragment!r} never appeared:\n{screen}")

    try:
        wait_for("not written yet")
        solution.write_text(REFERENCE_239)
        screen = wait_for("hidden    Accepted")
        assert "round 2" in screen and "round 1" not in screen        # cleared and redrawn
        subprocess.run([*tmux, "send-keys", "C-c"], check=True)
        screen = wait_for("EXIT-STATUS")
        assert "EXIT-STATUS 0" in screen and "stopped watching" in screen
        assert "Traceback" not in screen
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
