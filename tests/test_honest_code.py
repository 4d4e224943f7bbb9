"""Honest code keeps working (issue 9, principle 9).

A correct solution that writes through any of the usual interfaces of sys.stdout and sys.stderr,
imports sortedcontainers, uses threads or recurses deeply is Accepted; what it writes to stderr
is captured per case and shown like its stdout. Every case goes through the real CLI on problem
11 and leaves nothing behind (verdict_arena.judge).
"""

from __future__ import annotations

import pytest

from verdict_arena import TWO_POINTERS, judge, source

ACCEPTED = 0


@pytest.mark.parametrize("writes", [
    "sys.stdout.writelines(['to ', 'stdout\\n'])",
    "sys.stdout.buffer.write('to stdout \\u00e9\\n'.encode())",
    "assert sys.stdout.encoding.lower().replace('-', '') == 'utf8'\nprint('to stdout')",
    "assert isinstance(sys.stdout.fileno(), int) and isinstance(sys.stderr.fileno(), int)\n"
    "print('to stdout', flush=True)",
    "print('to stderr', file=sys.stderr)",
    "sys.stderr.write('to stderr\\n')\nsys.stderr.flush()",
    "sys.stderr.buffer.write(b'to stderr\\n')",
    "print('to', 'stdout', sep=' ', end='\\n', file=sys.stdout)",
], ids=["writelines", "buffer", "encoding", "fileno", "print-stderr", "stderr-write",
        "stderr-buffer", "print-file"])
def test_the_usual_ways_of_writing_output_work_and_are_shown(tmp_path, writes):
    text = source("import sys\n" + writes + TWO_POINTERS)
    got = judge(tmp_path, text)
    assert (got.code, got.doc["verdict"]) == (ACCEPTED, "AC"), (got.out, got.err)
    shown = judge(tmp_path, text, command="test", fmt="text")     # every case with its output
    assert shown.code == ACCEPTED, shown.err
    stream = "stderr" if "to stderr" in writes else "stdout"
    assert f"01-example-1 {stream}:\n  to {stream}" in shown.out


def test_stderr_of_a_failing_case_is_in_the_report(tmp_path):
    got = judge(tmp_path, source("import sys\nprint('why', file=sys.stderr)\nprint('out')\n"
                                 "return -1"))
    assert got.code == 1 and got.doc["verdict"] == "WA"
    assert (got.doc["failure"]["stderr"], got.doc["failure"]["stdout"]) == ("why\n", "out\n")


def test_stderr_beyond_the_kept_size_is_counted_not_kept(tmp_path):
    got = judge(tmp_path, source("import sys\nfor _ in range(10_000): sys.stderr.write('x' * 100)\n"
                                 "return -1"))
    assert got.code == 1 and got.doc["verdict"] == "WA"
    shown = got.doc["failure"]["stderr"]
    assert shown.startswith("x" * 1000) and shown.endswith(" characters)") and len(shown) < 2100


def test_sortedcontainers_can_be_imported(tmp_path):
    got = judge(tmp_path, source("s = SortedList(height)\nassert len(s) == len(height)" +
                                 TWO_POINTERS, "from sortedcontainers import SortedList"))
    assert (got.code, got.doc["verdict"]) == (ACCEPTED, "AC"), (got.out, got.err)


THREADED = """
import threading
out = []
worker = threading.Thread(target=lambda: out.append(self.best(height)))
worker.start(); worker.join()
return out[0]
"""
POOLED = """
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=2) as pool:
    return pool.submit(self.best, height).result()
"""
DEEP = """
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
assert depth(50_000) == 50_000
"""
DEEP_IN_THREAD = """
import threading
threading.stack_size(64 * 2**20)
out = []
worker = threading.Thread(target=lambda: out.append(depth(50_000)))
worker.start(); worker.join()
assert out == [50_000], out
"""


def _with_helper(body: str, module: str = "") -> str:
    """A solution whose two-pointer answer is also available as `self.best(height)`."""
    text = source(body, module)
    helper = "    def best(self, height):\n" + \
        "".join(f"        {line}\n" for line in TWO_POINTERS.strip().splitlines())
    return text + helper


@pytest.mark.parametrize("body", [THREADED, POOLED, DEEP + TWO_POINTERS,
                                  DEEP + DEEP_IN_THREAD + TWO_POINTERS],
                         ids=["thread", "thread-pool", "recursion-50000",
                              "recursion-50000-in-thread"])
def test_threads_and_deep_recursion_work(tmp_path, body):
    got = judge(tmp_path, _with_helper(body))
    assert (got.code, got.doc["verdict"]) == (ACCEPTED, "AC"), (got.out, got.err)
