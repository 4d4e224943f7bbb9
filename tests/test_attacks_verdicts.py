"""Attacks on the judge's verdicts (issue 9, principles 2 and 3).

Nothing a solution does may produce an Internal Error (exit 3): any signal, any text, any tree in
its scratch folder, a death or a hang while its module is imported. And a verdict comes from
facts the kernel gives the judge (who killed the worker, the CPU it used, the memory it held),
never from what the solution prints or how it chose to die; every CPU second in its code (an
exception's __str__, an answer's __del__) is billed, whatever the worker's pipe says.

Each case runs the real CLI on problem 11 and checks that the private TMPDIR is empty and no
process is left (verdict_arena.judge).
"""

from __future__ import annotations

import os
import re
import socket

import pytest

from judge.engine.scratch import remove_scratch, scratch   # the only internal import
from verdict_arena import TWO_POINTERS, judge, source, tight_problems

RUN_FAILED = 1          # the CLI's exit status for a verdict other than Accepted


def _failure(doc: dict) -> dict:
    return doc["failure"] or {}


# --- any signal --------------------------------------------------------------------------------

@pytest.mark.parametrize("number, name", [(40, "SIGRTMIN+6"), (64, "SIGRTMAX"), (10, "SIGUSR1")])
def test_death_by_any_signal_is_a_runtime_error(tmp_path, number, name):
    got = judge(tmp_path, source(f"import os\nos.kill(os.getpid(), {number})\nreturn 0"))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "RE"
    assert f"killed by signal {number} ({name})" in got.doc["message"]


def test_a_self_inflicted_sigkill_is_not_a_time_out(tmp_path):
    got = judge(tmp_path, source("import os\nos.kill(os.getpid(), 9)\nreturn 0"))
    assert got.code == RUN_FAILED, got.err
    assert (got.doc["verdict"], got.doc["message"]) == \
        ("RE", "the process was killed by signal 9 (SIGKILL)")


def test_a_self_inflicted_sigxcpu_is_not_a_time_out(tmp_path):
    got = judge(tmp_path, source("import os, signal\nos.kill(os.getpid(), signal.SIGXCPU)"))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "RE"
    assert "killed by signal 24 (SIGXCPU)" in got.doc["message"]


def test_memory_error_printed_to_stderr_is_not_memory_limit_exceeded(tmp_path):
    got = judge(tmp_path, source("import os, sys\nsys.__stderr__.write('MemoryError\\n')\n"
                                 "sys.__stderr__.flush()\nos._exit(1)"))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "RE"
    assert got.doc["message"] == "the process exited (status 1) without giving an answer: " \
                                 "MemoryError"


def test_a_real_memory_error_is_still_memory_limit_exceeded(tmp_path):
    got = judge(tmp_path, source("return len(bytearray(10**12))"))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "MLE"


# --- any text ----------------------------------------------------------------------------------

SURROGATES = "print('\\ud800 out')\nimport sys\nsys.stderr.write('\\udc80 err')\n" \
             "raise ValueError('\\udfff')"


@pytest.mark.parametrize("command", ["run", "test"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_lone_surrogates_everywhere_give_a_normal_verdict(tmp_path, command, fmt):
    got = judge(tmp_path, source(SURROGATES), command=command, fmt=fmt)
    assert got.code == RUN_FAILED, got.err
    assert "internal error" not in got.err.lower()
    if fmt == "json":
        assert got.doc["verdict"] == "RE"
        # Exact in JSON: the lone surrogate itself. Compared as bytes, so that it cannot break
        # pytest's report (or pytest-xdist's pipe) if the comparison fails.
        assert got.doc["message"].encode("utf-8", "surrogatepass") == \
            "ValueError: \udfff".encode("utf-8", "surrogatepass")
    else:
        assert "Runtime Error" in got.out and "ValueError: \\udfff" in got.out
        assert "\\ud800 out" in got.out


def test_a_returned_string_with_lone_surrogates_is_a_wrong_answer(tmp_path):
    for fmt in ("text", "json"):
        got = judge(tmp_path, source("return '\\ud800'"), fmt=fmt)
        assert got.code == RUN_FAILED, got.err
        assert "Wrong Answer" in got.out if fmt == "text" else got.doc["verdict"] == "WA"


@pytest.mark.parametrize("str_body, shown", [
    ("raise KeyError('no')", "Oops: <str() failed: KeyError>"),
    ("return 42", "Oops: <str() failed: TypeError>"),
    ("raise SystemExit(0)", "Oops: <str() failed: SystemExit>"),
])
def test_an_exception_whose_str_fails_is_a_runtime_error(tmp_path, str_body, shown):
    module = f"class Oops(Exception):\n    def __str__(self):\n        {str_body}\n"
    got = judge(tmp_path, source("raise Oops()", module))
    assert got.code == RUN_FAILED, got.err
    assert (got.doc["verdict"], got.doc["message"]) == ("RE", shown)


@pytest.mark.slow
def test_an_exception_whose_str_never_returns_is_a_time_out(tmp_path):
    module = "class Oops(Exception):\n    def __str__(self):\n        while True: pass\n"
    got = judge(tmp_path, source("raise Oops()", module))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "TLE"
    assert "was stopped" in got.doc["message"]      # by the worker's time-out, in the worker


def test_an_answer_nested_too_deeply_is_a_wrong_answer(tmp_path):
    got = judge(tmp_path, source("a = []\nfor _ in range(5000): a = [a]\nreturn a"))
    assert got.code == RUN_FAILED, got.err
    assert (got.doc["verdict"], got.doc["message"]) == \
        ("WA", "returned a list nested more than 500 levels deep")


# --- trees in the scratch folder ---------------------------------------------------------------

GROW = {   # 40 more levels on every case (31 of them): past the recursion limit that
          # shutil.rmtree needs, though slowly, since Landlock walks the whole path on each step
    "chdir": "import os\nfor _ in range(40):\n    os.mkdir('d'); os.chdir('d')\n"
             "open('f', 'w').close()\n",
    "dir_fd": "import os\nglobal FD\ntry: FD\nexcept NameError: FD = os.open('.', os.O_RDONLY)\n"
              "for _ in range(40):\n    os.mkdir('dd', dir_fd=FD)\n"
              "    new = os.open('dd', os.O_RDONLY, dir_fd=FD)\n    os.close(FD); FD = new\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("how", sorted(GROW))
def test_a_tree_too_deep_for_rmtree_is_removed(tmp_path, how):
    got = judge(tmp_path, source(GROW[how] + TWO_POINTERS))     # judge() checks TMPDIR is empty
    assert (got.code, got.doc["verdict"]) == (0, "AC"), (got.out, got.err)


def test_the_scratch_folder_goes_whatever_is_in_it():
    """What the sandbox forbids a solution to make (FIFOs, sockets, permissions taken off) may
    still be there where the sandbox is partial; and a tree 5000 deep."""
    folder = scratch()
    here = os.getcwd()
    try:
        os.chdir(folder)
        os.mkfifo("fifo")
        socket.socket(socket.AF_UNIX).bind("sock")
        os.makedirs("a/b/c")
        open("a/b/c/locked", "w").close()
        os.chmod("a/b/c/locked", 0)
        os.chmod("a/b", 0)
        os.symlink("/", "to-root")
        for _ in range(5000):
            os.mkdir("d")
            os.chdir("d")
        os.mkfifo("deep-fifo")
        os.chmod(".", 0)
    finally:
        os.chdir(here)
    remove_scratch(folder)
    assert not os.path.lexists(folder)


# --- death or hang at import time --------------------------------------------------------------

@pytest.mark.parametrize("module, verdict, message", [
    ("import os\nos._exit(0)", "RE", "exited (status 0)"),
    ("import os\nos.kill(os.getpid(), 9)", "RE", "killed by signal 9 (SIGKILL)"),
    ("import os\nos.kill(os.getpid(), 40)", "RE", "killed by signal 40 (SIGRTMIN+6)"),
    ("x = bytearray(10**12)", "CE", "MemoryError"),
])
def test_a_death_at_import_time_is_the_solutions_fault(tmp_path, module, verdict, message):
    got = judge(tmp_path, source(module=module))
    assert got.code == RUN_FAILED, (got.out, got.err)
    assert got.doc["verdict"] == verdict
    assert message in got.doc["message"]


@pytest.mark.parametrize("line, verdict", [(b'{"event": "compile_error"}', "RE"),
                                           (b'{"event": "hello"}', "RE"), (b'[1]', "RE")])
def test_a_forged_message_at_import_time_is_the_solutions_fault(tmp_path, line, verdict):
    module = f"import os, sys\nos.write(int(sys.argv[3]), {line!r} + b'\\n')"
    got = judge(tmp_path, source(module=module))
    assert got.code == RUN_FAILED, (got.out, got.err)
    assert got.doc["verdict"] == verdict


@pytest.mark.slow
@pytest.mark.parametrize("module", ["while True: pass", "import time\ntime.sleep(1e9)"],
                         ids=["spin", "sleep"])
def test_a_hang_at_import_time_is_a_time_out(tmp_path, module):
    got = judge(tmp_path, source(module=module))
    assert got.code == RUN_FAILED, (got.out, got.err)
    assert got.doc["verdict"] == "TLE"
    assert "importing the solution" in got.doc["message"]


# --- billing -----------------------------------------------------------------------------------
# With a 50 ms case limit (tight_problems) and SIGALRM blocked, 100 ms of CPU in the solution's
# code is over the limit long before the watchdog's 1.1 s, even on a loaded machine: only the
# kernel's count of that CPU time can make these time-outs.

BURN = "import signal, time\nsignal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})\n" \
       "t = time.process_time()\nwhile time.process_time() - t < 0.1: pass\n"


def _indent(text: str, by: int) -> str:
    return "".join(" " * by + line + "\n" for line in text.splitlines())


def test_time_in_an_exceptions_str_is_billed(tmp_path):
    module = "class Oops(Exception):\n    def __str__(self):\n" + _indent(BURN, 8) + \
        "        return 'slow'\n"
    got = judge(tmp_path, source("raise Oops()", module), "--problems", tight_problems(tmp_path))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "TLE", got.doc["message"]


def test_time_in_an_answers_del_is_billed(tmp_path):
    module = "class Slow(int):\n    def __del__(self):\n" + _indent(BURN, 8)
    got = judge(tmp_path, source(TWO_POINTERS.replace("return best", "return Slow(best)"),
                                 module), "--problems", tight_problems(tmp_path))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "TLE", got.doc["message"]


FORGE = """
import json, os, sys
frame, name = sys._getframe(), None
while frame and name is None:
    case = frame.f_locals.get("case")
    name = case.get("name") if isinstance(case, dict) else None
    frame = frame.f_back
os.write(int(sys.argv[3]), json.dumps({"event": "result", "name": name, "status": "error",
         "cpu_ms": 0, "answer_bytes": 4, "error_type": "Forged", "message": "cheap"}).encode()
         + b"\\nnull\\n")
time.sleep(60)
"""


def test_a_forged_cpu_figure_on_the_pipe_is_not_believed(tmp_path):
    got = judge(tmp_path, source(BURN + FORGE), "--problems", tight_problems(tmp_path))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "TLE", got.doc["message"]


def test_a_recursion_error_is_a_runtime_error(tmp_path):
    got = judge(tmp_path, source("def f(n): return f(n + 1)\nreturn f(0)"))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "RE"
    assert got.doc["message"].startswith("RecursionError: maximum recursion depth exceeded")
    assert got.doc["failure"]["traceback"].count("in f") == 5     # 3 outermost, 2 innermost


def test_a_case_over_its_cpu_limit_is_stopped_by_the_kernels_count(tmp_path):
    """With SIGALRM blocked the in-worker time-out cannot fire: the judge itself stops the case
    once the worker's CPU clock passes the limit, and says how much CPU it had used (a fact,
    not a wall clock that a loaded machine runs out as well)."""
    spin = "import signal\nsignal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})\n" \
           "while True: pass"
    got = judge(tmp_path, source(spin), "--problems", tight_problems(tmp_path))
    assert got.code == RUN_FAILED, got.err
    assert got.doc["verdict"] == "TLE", got.doc["message"]
    assert re.search(r"took more than the 50 ms limit \(\d+ ms of CPU\) and was stopped$",
                     got.doc["message"]), got.doc["message"]
