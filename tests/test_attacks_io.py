"""Attacks on the judge's own I/O with the worker, and on the protocol between them (issue 9,
principles 1, 2 and 3).

A solution can find the worker's pipes (`sys.argv[2]` is the command fd, `sys.argv[3]` the
result fd, and /proc/self/fd lists them), so it can stop reading, swap or close them, shrink
them, flood them, or write forged messages. Each attack runs through the real CLI
(`python -m judge run 11 --format json`) in a subprocess with a generous hang guard, and must
end in an honest verdict (never Accepted, never Internal Error, never a traceback), with no
process of the worker left and nothing left in the run's TMPDIR.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from judge.engine import protocol
from conftest import ROOT, TWO_POINTERS, leftovers

HANG_GUARD_S = 120


def _source(body: str, module: str = "") -> str:
    return textwrap.dedent(module) + "\nimport os, sys\nCMD, RESULT = int(sys.argv[2]), " \
        "int(sys.argv[3])\n\nclass Solution:\n    def maxArea(self, height):\n" + \
        textwrap.indent(textwrap.dedent(body), " " * 8) + "\n"




class Run:
    """One judged solution in a private TMPDIR."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path / "tmp"
        self.tmp.mkdir()
        self.solution = tmp_path / "solution.py"
        self.env = {**os.environ, "TMPDIR": str(self.tmp), "NO_COLOR": "1",
                    "JUDGE_NO_HISTORY": "1"}

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "judge", "run", "11", "--solution", str(self.solution),
                "--format", "json", *args]

    def judge(self, body: str, module: str = "", *args: str):
        self.solution.write_text(_source(body, module))
        done = subprocess.run(self.command(*args), cwd=ROOT, env=self.env, capture_output=True,
                              text=True, timeout=HANG_GUARD_S)
        self.assert_clean()
        assert "Traceback" not in done.stderr, done.stderr
        doc = json.loads(done.stdout) if done.stdout.strip() else None
        return done.returncode, doc, done.stderr

    def assert_clean(self) -> None:
        assert not leftovers(str(self.tmp)), "a process of the solution outlived the run"
        assert not list(self.tmp.iterdir()), "the run left files in TMPDIR"


@pytest.fixture(scope="module")
def calibrated():
    """Measure the time limits once, before the attacks."""
    from judge import api
    from judge.engine import limits

    return limits.limits_for(api.find_problem("11"))


@pytest.fixture
def run(tmp_path, calibrated):
    return Run(tmp_path)


def _said(doc: dict) -> str:
    return doc["message"] + "".join(map(str, (doc.get("failure") or {}).values()))


# --- principle 3: a huge or deeply nested answer is a Wrong Answer ---------------------------

HUGE = [
    ("a 20 MB list of numbers", "return list(range(2_400_000))", "19.5 MB"),
    ("five million empty lists", "return [[]] * 5_000_000", "19.1 MB"),
    ("a 20 MB string", "return 'x' * 20_000_000", "19.1 MB"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, body, size", HUGE, ids=[h[0] for h in HUGE])
def test_a_huge_answer_is_a_wrong_answer_that_says_how_big(run, name, body, size):
    code, doc, err = run.judge(body)
    assert (code, doc["verdict"]) == (1, "WA"), doc["message"]
    assert f"the answer is {size}" in doc["message"], doc["message"]
    assert "the expected answer is 1 byte" in doc["message"], doc["message"]


@pytest.mark.parametrize("depth", [2_000, 50_000])
def test_a_deeply_nested_answer_is_a_wrong_answer(run, depth):
    body = f"a = []\nfor _ in range({depth}): a = [a]\nreturn a"
    code, doc, err = run.judge(body)
    assert (code, doc["verdict"]) == (1, "WA"), doc["message"]
    assert "nested" in doc["message"], doc["message"]


EXACT = [("True for 5", "return True if height == [5, 5] else 0", "expected int, got bool"),
         ("5.0 for 5", "return 5.0 if height == [5, 5] else 0", "expected int, got float"),
         ("'5' for 5", "return '5' if height == [5, 5] else 0", "expected int, got str")]


@pytest.mark.parametrize("name, body, says", EXACT, ids=[e[0] for e in EXACT])
def test_an_answer_of_another_type_is_still_wrong(run, name, body, says):
    code, doc, err = run.judge(body)
    assert (code, doc["verdict"]) == (1, "WA"), doc["message"]
    assert says in doc["message"]


def test_the_right_answers_through_the_fast_path_are_accepted(run):
    code, doc, err = run.judge(TWO_POINTERS + "return best")
    assert (code, doc["verdict"]) == (0, "AC"), doc["message"]


# --- principle 1: pipes stalled, swapped, closed, shrunk or flooded ---------------------------

STALLS_INPUT = """
if len(height) == 1000:          # case 22: the next case's input is 480 KB, past a pipe's 64 KB
    Solution.kept = os.dup(CMD)
    r, w = os.pipe()
    os.dup2(r, CMD)                                 # the worker now reads a pipe nobody fills
""" + TWO_POINTERS + "return best"


@pytest.mark.slow
def test_a_worker_that_stops_reading_its_input_is_stopped(run):
    code, doc, err = run.judge(STALLS_INPUT)
    assert (code, doc["verdict"]) == (1, "TLE"), doc["message"]
    assert "stopped reading" in doc["message"], doc["message"]


PIPES = [
    ("swaps its result fd for a pipe nobody reads", "r, w = os.pipe()\nos.dup2(w, RESULT)\n"
     "return 5", "RE", "result channel"),
    ("closes its result fd", "os.close(RESULT)\nreturn 5", "RE", "Bad file descriptor"),
    ("closes its command fd", "os.close(CMD)\nreturn 5", "RE", "Bad file descriptor"),
    ("floods the result fd without newlines", "while True: os.write(RESULT, b'x' * 65536)",
     "RE", "result channel: a line longer than 1.0 MB"),
    ("floods the result fd with lines", "while True: os.write(RESULT, b'x\\n' * 32768)",
     "RE", "result channel: not a JSON message"),
    ("floods the result fd from a thread", textwrap.dedent("""
        import threading
        def flood():
            while True: os.write(RESULT, b'{' * 65536)
        threading.Thread(target=flood, daemon=True).start()
     """) + TWO_POINTERS + "return best", "RE", "result channel"),
]


@pytest.mark.parametrize("name, body, verdict, says", PIPES, ids=[p[0] for p in PIPES])
def test_pipe_attacks_end_in_a_verdict(run, name, body, verdict, says):
    code, doc, err = run.judge(body)
    assert (code, doc["verdict"]) == (1, verdict), doc["message"]
    assert says in _said(doc), doc


def test_a_non_blocking_result_fd_still_carries_a_large_answer(run):
    """O_NONBLOCK on the worker's end of the pipe: its writes must wait, not fail or drop."""
    body = "os.set_blocking(RESULT, False)\nreturn list(range(300_000))"
    code, doc, err = run.judge(body)
    assert (code, doc["verdict"]) == (1, "WA"), doc["message"]
    assert "the answer is 2.2 MB" in doc["message"], doc["message"]


@pytest.mark.slow
def test_shrunk_pipes_still_carry_every_case(run):
    """Where seccomp holds, F_SETPIPE_SZ is refused (a pipe's buffer is memory the limit does not
    see); without it, the pipes shrink and the judge must still carry every case."""
    body = textwrap.dedent("""
        import fcntl
        for fd in (CMD, RESULT):
            fcntl.fcntl(fd, 1031, 4096)             # F_SETPIPE_SZ
    """) + TWO_POINTERS + "return best"
    code, doc, err = run.judge(body)
    if "seccomp" in doc["sandbox"]:                  # `partial (no seccomp)`: the pipes shrank
        assert (code, doc["verdict"]) == (0, "AC"), doc["message"]
    else:
        assert (code, doc["verdict"]) == (1, "RE"), doc["message"]
        assert "Operation not permitted" in doc["message"]


# --- principle 1: no process of the worker survives the judge --------------------------------

SLEEPS = """
import signal, time
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
open('sleeping', 'w').close()       # in the worker's scratch folder, under TMPDIR
time.sleep(10**6)
"""


def _wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


CLEARS_PDEATHSIG = "import ctypes\nctypes.CDLL(None).prctl(1, 0)     # PR_SET_PDEATHSIG\n"


@pytest.mark.parametrize("how, body", [
    *(pytest.param(how, SLEEPS, id=how.name) for how in (signal.SIGKILL, signal.SIGINT,
                                                         signal.SIGTERM)),
    pytest.param(signal.SIGKILL, CLEARS_PDEATHSIG + SLEEPS, id="SIGKILL-pdeathsig-cleared"),
])
def test_no_worker_survives_the_judge(run, how, body):
    run.solution.write_text(_source(body))
    judge = subprocess.Popen(run.command(), cwd=ROOT, env=run.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: list(run.tmp.glob("*/sleeping")), 60), "the case never started"
        judge.send_signal(how)
        judge.wait(timeout=HANG_GUARD_S)
        survived = not _wait_for(lambda: not leftovers(str(run.tmp)), 5)
    finally:
        for pid in leftovers(str(run.tmp)):
            os.kill(pid, signal.SIGKILL)
        judge.kill()
        judge.wait()
    assert not survived, f"a worker outlived the judge killed by {how.name}"
    # A judge killed outright cannot remove its worker's scratch folder: the next judge does
    # (run.judge checks that nothing is left in TMPDIR afterwards).
    run.judge("return 1")


# --- principle 2: forged or malformed protocol messages --------------------------------------

def _forge(text: str) -> str:
    return f"os.write(RESULT, {text!r}.encode() + b'\\n')"


NAME = "01-two-equal"
FORGED = [
    ("non-JSON", _forge("junk"), "RE"),
    ("JSON that is not an object", _forge("[1, 2]"), "RE"),
    ("a deeply nested header", _forge("[" * 100_000), "RE"),
    ("a name that is a number", _forge(json.dumps(
        {"event": "result", "name": 5, "status": "ok", "cpu_ms": 1, "answer_bytes": 1}) + "\n5"),
     "RE"),
    ("a time that is text", _forge(json.dumps(
        {"event": "result", "name": NAME, "status": "ok", "cpu_ms": "x", "answer_bytes": 1})
        + "\n5"), "RE"),
    ("a status that is a list", _forge(json.dumps(
        {"event": "result", "name": NAME, "status": ["ok"], "cpu_ms": 1, "answer_bytes": 1})
        + "\n5"), "RE"),
    ("an answer longer than memory", _forge(json.dumps(
        {"event": "result", "name": NAME, "status": "ok", "cpu_ms": 1,
         "answer_bytes": 10**15})), "RE"),
    ("an answer size that is negative", _forge(json.dumps(
        {"event": "result", "name": NAME, "status": "ok", "cpu_ms": 1, "answer_bytes": -1})),
     "RE"),
    ("an answer that is not JSON", _forge(json.dumps(
        {"event": "result", "name": NAME, "status": "ok", "cpu_ms": 1, "answer_bytes": 3})
        + "\n[[["), "RE"),
    ("a result for another case", _forge(json.dumps(
        {"event": "result", "name": "02-two-different", "status": "ok", "cpu_ms": 1,
         "answer_bytes": 1}) + "\n5"), "RE"),
    ("a partial line, then exit", "os.write(RESULT, b'{\"event\": \"res')\nos._exit(0)", "RE"),
]
# Before the first case: read where the worker's `ready` belongs.
FORGED_AT_IMPORT = [
    ("a compile error without its fields", _forge('{"event": "compile_error"}'), "RE"),
    ("a compile error whose detail is a number",
     _forge('{"event": "compile_error", "message": 5, "detail": 5, "line": "x"}'), "RE"),
    ("a sandbox report whose layers are a number", _forge('{"event": "sandbox", "layers": 7}'),
     "RE"),
    ("an unknown event", _forge('{"event": "hello"}'), "RE"),
]


@pytest.mark.parametrize("name, body, verdict", FORGED, ids=[f[0] for f in FORGED])
def test_a_forged_message_in_a_case_ends_in_a_verdict(run, name, body, verdict):
    code, doc, err = run.judge(body + "\nreturn 5")
    assert (code, doc["verdict"]) == (1, verdict), doc["message"]


@pytest.mark.parametrize("name, module, verdict", FORGED_AT_IMPORT,
                         ids=[f[0] for f in FORGED_AT_IMPORT])
def test_a_forged_message_at_import_ends_in_a_verdict(run, name, module, verdict):
    module = "import os, sys\n" + module.replace("RESULT", "int(sys.argv[3])")
    code, doc, err = run.judge("return 5", module)
    assert (code, doc["verdict"]) == (1, verdict), doc["message"]


JUNK = [b"", b"junk", b"[1]", b"null", b'"text"', b"[" * 100_000, b'{"event": 5}',
        b'{"event": "sandbox", "layers": 7}', b'{"event": "sandbox", "layers": [[1, 2]]}',
        b'{"event": "sandbox", "layers": [["landlock", "yes", null]]}',
        b'{"event": "compile_error"}', b'{"event": "compile_error", "detail": []}',
        b'{"event": "result", "name": "a", "status": "ok", "cpu_ms": true, "answer_bytes": 1}',
        b'{"event": "result", "name": "a", "status": "ok", "cpu_ms": 1, "answer_bytes": 1.5}',
        b'{"event": "result", "name": "a", "status": "ok", "cpu_ms": 1, "answer_bytes": 1, '
        b'"stdout": {}}',
        b"\xff\xfe"]


def test_a_huge_traceback_at_import_is_still_a_compile_error(run):
    """20 000 frames of the solution's own: its text is cut to fit in a message, so that it is
    not taken for a flood."""
    module = "def f(n):\n    if n == 0: raise ValueError('deep')\n    f(n - 1)\n\nf(20_000)\n"
    code, doc, err = run.judge("return 5", module)
    assert (code, doc["verdict"]) == (1, "CE"), doc["message"]
    assert "ValueError: deep" in doc["message"], doc["message"]
    assert len(doc["message"]) <= 20_000, len(doc["message"])


FORGED_SYNTAX_ERRORS = {
    "no-line": ("raise SyntaxError('made up')", "SyntaxError: made up ("),
    "junk-fields": ("e = SyntaxError('x')\ne.text, e.offset, e.lineno, e.filename = 5, 'q', [1], 3"
                    "\nraise e", "SyntaxError: x ("),
    "junk-message": ("e = SyntaxError('x')\ne.msg = object()\nraise e", "SyntaxError: <object> ("),
    "own-subclass": ("class E(SyntaxError):\n    @property\n    def lineno(self):\n"
                     "        raise RuntimeError('no line for you')\nraise E('sly')", "sly"),
}


@pytest.mark.parametrize("key", FORGED_SYNTAX_ERRORS)
def test_a_syntax_error_of_the_solutions_own_making_is_a_compile_error(run, key):
    """Its fields are the solution's to set: none of them may crash the worker's report, and a
    missing line is not shown as `None`."""
    module, wanted = FORGED_SYNTAX_ERRORS[key]
    code, doc, err = run.judge("return 5", module)
    assert (code, doc["verdict"]) == (1, "CE"), doc["message"]
    assert wanted in doc["message"], doc["message"]
    assert ":None" not in doc["message"] and "rstrip" not in doc["message"], doc["message"]


@pytest.mark.parametrize("line", JUNK, ids=[repr(j[:40]) for j in JUNK])
def test_decoding_junk_raises_only_bad_message(line):
    with pytest.raises(protocol.BadMessage):
        protocol.decode(line)
