"""The worker holds whatever a solution does: ignoring time-outs, exiting, printing, lying.

Each solution here is written to break a naive judge; each must end with the right verdict.
"""

import textwrap

import pytest

from judge import api
from judge.engine.verdicts import Verdict

P11 = "11"
HEADER = "class Solution:\n    def maxArea(self, height):\n"


def judge_source(write, body: str, problem: str = P11):
    source = HEADER + textwrap.indent(textwrap.dedent(body), " " * 8)
    prob = api.find_problem(problem)
    return api.run(prob, write(source))


def two_pointers() -> str:
    return """
        l, r, best = 0, len(height) - 1, 0
        while l < r:
            best = max(best, (r - l) * min(height[l], height[r]))
            if height[l] < height[r]: l += 1
            else: r -= 1
        return best
    """


@pytest.mark.parametrize("name, body, verdict", [
    ("ignores the alarm signal and spins", """
        import signal
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        while True: pass
    """, Verdict.TLE),
    ("swallows every exception", """
        while True:
            try:
                while True: pass
            except BaseException:
                pass
    """, Verdict.TLE),
    ("blocks inside C code", """
        return sum(range(10**13))
    """, Verdict.TLE),
    ("exits cleanly mid-case", """
        import sys
        sys.exit(0)
    """, Verdict.RE),
    ("ends the process with os._exit(0)", """
        import os
        os._exit(0)
    """, Verdict.RE),
    ("kills itself", """
        import os, signal
        os.kill(os.getpid(), signal.SIGSEGV)
    """, Verdict.RE),
    ("returns an object that claims to equal everything", """
        class Anything:
            def __eq__(self, other): return True
        return Anything()
    """, Verdict.WA),
    ("returns an int subclass that lies about equality", """
        class Liar(int):
            def __eq__(self, other): return True
            __hash__ = int.__hash__
        return Liar(-1)
    """, Verdict.WA),
    ("returns True for 1", "return True if len(height) == 2 and min(height) == 1 else 0",
     Verdict.WA),
    ("returns the answer as a string", "return str(max(height))", Verdict.WA),
    ("stub", "raise NotImplementedError", Verdict.RE),
    ("allocates without bound", """
        hoard = []
        while True: hoard.append(bytearray(10**7))
    """, Verdict.MLE),
])
def test_hostile_or_broken_solutions(write, name, body, verdict):
    report = judge_source(write, body)
    assert report.verdict is verdict, report.message


def test_stub_says_it_is_not_written(write):
    report = judge_source(write, "raise NotImplementedError")
    assert "not written yet" in report.message


def test_tuple_answers_for_a_list(write):
    source = "class Solution:\n    def maxSlidingWindow(self, nums, k):\n" \
             "        return tuple(max(nums[i:i + k]) for i in range(len(nums) - k + 1)) " \
             "if len(nums) * k < 10**6 else __import__('sys').exit(3)\n"
    prob = api.find_problem("239")
    report = api.run_samples(prob, write(source))
    assert report.verdict is Verdict.AC


def test_plain_function_in_snake_case(write):
    source = "def max_area(height):\n" + textwrap.indent(textwrap.dedent(two_pointers()), "    ")
    report = api.run(api.find_problem(P11), write(source))
    assert report.verdict is Verdict.AC


def test_missing_entry_point_is_a_compile_error(write):
    report = api.run(api.find_problem(P11), write("class Solution:\n    def area(self, h): pass\n"))
    assert report.verdict is Verdict.CE
    assert "maxArea" in report.message and "max_area" in report.message


def test_import_failure_is_a_compile_error(write):
    report = api.run(api.find_problem(P11), write("import numpyy\n"))
    assert report.verdict is Verdict.CE
    assert "numpyy" in report.message


def test_python2_code_gets_a_hint(write):
    report = api.run(api.find_problem(P11), write(HEADER + '        print "hi"\n'))
    assert report.verdict is Verdict.CE
    assert "Python 2" in report.compile_error and ":3" in report.compile_error


def test_leetcode_names_need_no_import(write):
    body = """
        q: Deque[int] = deque(height)
        best = 0
        heap = []
        heappush(heap, 1)
        assert SortedList([3, 1]) == [1, 3] and Counter("aa")["a"] == 2 and inf > 0
        assert pow(2, 10, 1000) == 24   # the builtin, not math.pow
    """ + two_pointers()
    assert judge_source(write, body).verdict is Verdict.AC


def test_each_case_gets_fresh_input_and_a_fresh_instance(write):
    source = HEADER.replace("class Solution:\n", "class Solution:\n    calls = 0\n") + \
        textwrap.indent(textwrap.dedent("""
        self.calls += 1
        assert self.calls == 1          # a new Solution() per case
        height.append(10**9)            # mutate the input; the next case must not see it
        assert height.count(10**9) == 1
        height.pop()
    """ + two_pointers()), " " * 8)
    assert api.run(api.find_problem(P11), write(source)).verdict is Verdict.AC


def test_traceback_is_trimmed_to_the_solution(write):
    report = judge_source(write, "return height[len(height)]")
    failed = report.first_failure
    assert report.verdict is Verdict.RE
    assert "solution.py:3 in maxArea" in failed.traceback
    assert "judge/" not in failed.traceback       # none of the worker's own frames


def test_deep_recursion_within_the_limit_works(write):
    body = """
        import functools
        @functools.lru_cache(None)
        def depth(i):
            return 0 if i == 0 else 1 + depth(i - 1)
        assert depth(30_000) == 30_000   # each level counts twice: the function and the cache
    """ + two_pointers()
    assert judge_source(write, body).verdict is Verdict.AC


def test_a_solution_cannot_start_processes(write):
    """The sandbox refuses fork and exec; without it the watchdog would kill the process group
    (tests/test_sandbox.py covers what is left behind either way)."""
    body = """
        import subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        while True: pass
    """
    report = judge_source(write, body)
    assert report.verdict is Verdict.RE
    assert "not permitted" in report.message
