"""What the judge prints cannot be forged by the solution (issue 9, principle 7).

A solution prints terminal escape sequences, carriage returns, bidi overrides and rich markup,
raises with them in its message, returns them as its answer, and hides them in its file name.
Through the real CLI, every text output (run, test, watch, grade's table and Markdown, the
pytest plugin) shows them as visible escapes (`\\x1b`, `\\r`, `\\u202e`) and the markup as the
literal text it is; JSON output keeps the exact text, escaped by JSON itself.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

HANG_GUARD_S = 120
FORGED = "\x1b[2J\x1b[H[bold green]Accepted[/] :white_check_mark:\rAccepted\u202elave\x07\x08\x9b"
# Bytes a terminal acts on: ESC, CR, BEL, BS, CSI (C1), RLO. None may reach the screen raw.
RAW = ("\x1b", "\r", "\x07", "\x08", "\x9b", "\u202e")
PRINTS_AND_RAISES = f'''
import sys
class Solution:
    def minWindow(self, s, t):
        print({FORGED!r})
        print({FORGED!r}, file=sys.stderr)
        raise ValueError({FORGED!r})
'''
RETURNS = f'''
class Solution:
    def minWindow(self, s, t):
        return {FORGED!r}
'''
TYPE_NAME = f'''
class Solution:
    def minWindow(self, s, t):
        return type({FORGED!r}, (), {{}})()
'''


def judge(*args, cwd=ROOT, **env):
    done = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **env},
                          capture_output=True, text=True, timeout=HANG_GUARD_S)
    return done.returncode, done.stdout, done.stderr


def assert_unforged(text: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} reached the terminal:\n{text}"
    assert "✅" not in text                          # :white_check_mark: is not drawn as emoji


@pytest.mark.parametrize("command", ["run", "test"])
def test_printed_raised_and_stderr_text_is_shown_escaped(tmp_path, command):
    path = tmp_path / "mine.py"
    path.write_text(PRINTS_AND_RAISES)
    code, out, err = judge(command, "76", "-s", path, "--no-history")
    assert code == 1
    assert_unforged(out + err)
    assert out.startswith("Runtime Error")
    assert "\\x1b[2J\\x1b[H[bold green]Accepted[/] :white_check_mark:\\rAccepted\\u202elave" in out
    assert "ValueError: \\x1b[2J" in out                    # the message and the traceback


def test_a_returned_string_is_shown_escaped(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text(RETURNS)
    for command in ("run", "test"):
        code, out, err = judge(command, "76", "-s", path, "--no-history")
        assert code == 1 and out.startswith("Wrong Answer")
        assert_unforged(out + err)
        assert "[green]" not in out or "[bold green]Accepted[/]" in out   # literal, if shown


def test_a_returned_object_whose_type_name_is_hostile(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text(TYPE_NAME)
    code, out, err = judge("run", "76", "-s", path, "--no-history")
    assert code == 1
    assert_unforged(out + err)
    assert "[bold green]Accepted[/]" in out                   # as text, not as markup


def test_a_hostile_file_name_is_shown_escaped(tmp_path):
    path = tmp_path / "\x1b]0;owned\x07[green]Accepted\r.py"
    path.write_text(RETURNS)
    code, out, err = judge("run", "76", "-s", path, "--no-history")
    assert code == 1
    assert_unforged(out + err)
    assert "\\x1b]0;owned\\a[green]Accepted\\r.py" in out


def test_json_keeps_the_exact_text(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text(PRINTS_AND_RAISES)
    code, out, err = judge("run", "76", "-s", path, "--no-history", "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["verdict"] == "RE"
    assert doc["failure"]["stdout"] == FORGED + "\n"
    assert doc["message"] == f"ValueError: {FORGED}"


def test_grade_table_and_markdown_show_it_escaped(tmp_path):
    person = tmp_path / "roster" / "\x1b[2Jmallory"
    person.mkdir(parents=True)
    (person / "0076-minimum-window-substring.py").write_text(PRINTS_AND_RAISES)
    for fmt, shown in (("text", "\\x1b[2J"), ("markdown", "\\\\x1b\\[2J")):
        code, out, err = judge("grade", tmp_path / "roster", "-f", fmt, "-j", "1")
        assert code == 1, err
        assert_unforged(out + err)
        assert f"{shown}mallory" in out and f"ValueError: {shown}" in out


MARKDOWN_BAIT = "![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)> `x` [a](b) | c"


def test_markdown_report_makes_a_submissions_text_inert(tmp_path):
    """A CI job's page renders the Markdown report: what a solution raises, and its path, must
    not become an image that is fetched, HTML, a link, a code span or a new table cell."""
    person = tmp_path / "roster" / "eve[x](y)"
    person.mkdir(parents=True)
    (person / "0076-minimum-window-substring.py").write_text(
        f"class Solution:\n    def minWindow(self, s, t):\n        raise ValueError({MARKDOWN_BAIT!r})\n")
    code, out, err = judge("grade", tmp_path / "roster", "-f", "markdown", "-j", "1")
    assert code == 1, err
    row = next(line for line in out.splitlines() if "ValueError" in line)
    assert row.count(" | ") == 5 and "\\| c" in row      # six cells: the bait's `|` is escaped
    unescaped = re.sub(r"\\.", "", row.split(" | ")[-1])  # what Markdown would read as syntax
    for opener in "![]()<>`":
        assert opener not in unescaped, (opener, row)
    assert "https\\://" in row
    assert "\\!\\[pixel\\]\\(https\\://evil.example/p.png\\)" in row
    assert "eve\\[x\\]\\(y\\)" in out


def test_the_watch_screen_shows_it_escaped(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text(PRINTS_AND_RAISES)
    proc = subprocess.Popen([sys.executable, "-m", "judge", "watch", "76", "-s", path,
                             "--no-history"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    text, deadline = b"", time.monotonic() + HANG_GUARD_S
    try:
        while b"Ctrl-C to stop" not in text:
            left = deadline - time.monotonic()
            assert left > 0 and select.select([proc.stdout], [], [], left)[0], text
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, text
            text += chunk
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=HANG_GUARD_S)
    shown = (text + out + err).decode()
    assert_unforged(shown)
    assert "ValueError: \\x1b[2J\\x1b[H[bold green]Accepted[/]" in shown


@pytest.mark.slow
def test_pytest_plugin_failure_text_shows_it_escaped(tmp_path):
    person = tmp_path / "roster" / "eve"
    person.mkdir(parents=True)
    (person / "0076-minimum-window-substring.py").write_text(PRINTS_AND_RAISES)
    done = subprocess.run([sys.executable, "-m", "pytest", "--judge",
                           "roster", "-k", "case_01", "-p", "no:cacheprovider", "--color=no"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=HANG_GUARD_S,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Runtime Error" in done.stdout and "ValueError: \\x1b[2J" in done.stdout
    assert_unforged(done.stdout)


@pytest.mark.parametrize("fmt", ["json", "junit", "markdown", "text"])
def test_grade_survives_a_lone_surrogate_and_c1_controls(tmp_path, fmt):
    """Text a solution raises can hold a lone surrogate, which UTF-8 cannot encode: every report
    format still comes out (exit 1, not a judge fault), JSON with the exact text."""
    person = tmp_path / "roster" / "eve"
    person.mkdir(parents=True)
    (person / "0076-minimum-window-substring.py").write_text(
        "class Solution:\n    def minWindow(self, s, t):\n"
        "        raise ValueError('\\ud800 \\x9b2J \\u202e')\n")
    code, out, err = judge("grade", tmp_path / "roster", "-f", fmt, "-j", "1")
    assert code == 1, err
    assert_unforged(out + err)
    if fmt == "json":
        got = json.loads(out)["reports"][0]["message"]   # as bytes: a failing comparison of a lone
        # surrogate would break pytest-xdist's report, not this test
        assert got.encode("utf-8", "surrogatepass") == \
            "ValueError: \ud800 \x9b2J \u202e".encode("utf-8", "surrogatepass")


def test_json_on_a_terminal_is_ascii(tmp_path):
    """On a terminal `--format json` is pretty-printed by rich, which would write C1 controls and
    bidi overrides raw; the judge asks it for ASCII JSON, exact all the same."""
    import pty

    path = tmp_path / "mine.py"
    path.write_text(PRINTS_AND_RAISES)
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "judge", "run", "76", "-s", path,
                             "--no-history", "-f", "json"], cwd=ROOT, stdout=terminal,
                            stderr=subprocess.PIPE, env={**os.environ, "TERM": "xterm"})
    os.close(terminal)
    drawn = b""
    while select.select([controller], [], [], HANG_GUARD_S)[0]:
        try:
            chunk = os.read(controller, 65536)
        except OSError:       # the terminal closed: the judge has exited
            break
        if not chunk:
            break
        drawn += chunk
    os.close(controller)
    assert proc.wait(timeout=HANG_GUARD_S) == 1, proc.stderr.read()
    text = drawn.decode()
    assert '"verdict_name": "Runtime Error"' in text
    for raw in ("\x9b", "\u202e", "\x07", "\x08"):
        assert raw not in text
