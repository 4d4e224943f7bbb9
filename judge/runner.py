"""The parent side: start a worker, feed it cases, enforce the limits, turn results into a Report.

Owns the worker process: it is started with this interpreter (`sys.executable`) in a new session,
so that the watchdog can kill its whole process group when the solution ignores the in-worker
time-out, and so that nothing it started outlives the run. Each worker gets a private scratch
folder (its cwd and TMPDIR, removed afterwards) and a clean environment; it confines itself
(sandbox.py) and says how, before any of the solution's code runs. Times and peak memory come from
the kernel, read here, never from the worker's word. Expected answers are read here, after the
worker has answered, and compared with checkers.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import select
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import InternalError, ProblemError, UsageError
from .sandbox import PACKAGE_PARENT, Status, remove_scratch, scratch, worker_env
from .problems import Case, Problem
from .verdicts import CaseResult, Limits, Report, Verdict

# -I ignores PYTHON* variables and the user's site-packages; -S skips `site`, whose start-up
# hooks (editable installs, .pth files) cost tens of milliseconds. The worker's path is given
# explicitly instead: this package, then the folders that hold its runtime dependencies.
BOOT = "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); from judge.worker import main; " \
       "main(int(sys.argv[2]), int(sys.argv[3]))"


def _worker_path() -> list[str]:
    found = [PACKAGE_PARENT]
    for module in ("timeout_decorator", "sortedcontainers"):
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            raise InternalError(f"the judge needs the {module} package: pip install {module}")
        found.append(str(Path(spec.origin).parent.parent))
    return list(dict.fromkeys(found + [sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]))


START_TIMEOUT_S = 30.0          # the worker's own start, up to its sandbox report
IMPORT_TIMEOUT_S = 10.0         # importing the solution: module-level code is not billed, but
                                # a hang there is a time-out, and must not hold the judge long
GRACE_S = 1.0                   # on top of the in-worker time-out before the watchdog kills
WALL_FACTOR = 2                 # the in-worker time-out is this many times the CPU limit
MESSAGE_BYTES = 32 * 2**20      # a longer line on the result pipe is a solution flooding it
TAMPERED = "the solution wrote to the judge's result channel"


def _usage(pid: int) -> tuple[float, int]:
    """The worker's CPU seconds (all its threads) and peak resident kB, as the kernel counts them.

    Read from outside because the worker's own figures travel on a pipe the solution can write to.
    """
    cpu = time.clock_gettime((~pid << 3) | 2)     # the process's CPU clock: clock_getcpuclockid
    with open(f"/proc/{pid}/status", "rb") as f:
        peak = next((int(line.split()[1]) for line in f if line.startswith(b"VmHWM:")), 0)
    return cpu, peak


class _Timeout(Exception):
    pass


@dataclass(frozen=True)
class _Death:
    """The worker stopped without answering a case, with the kernel's figures when it died alone."""

    verdict: Verdict
    message: str
    cpu_ms: float = 0.0             # CPU time since the last answer (module-level code excluded)
    memory_kb: int = 0              # peak resident memory, when the kernel's figure is its own
    stderr: str = ""                # the end of what it wrote to its file descriptors 1 and 2


class _Lines:
    """Read newline-terminated messages from a pipe, with a deadline."""

    def __init__(self, fd: int):
        self.fd, self.buffer = fd, b""

    def read(self, deadline: float) -> bytes | None:
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise _Timeout
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk
            if len(self.buffer) > MESSAGE_BYTES and b"\n" not in self.buffer:
                return b""      # unreadable, hence a death: the judge does not buffer without end
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line


class Worker:
    """One worker process for one solution. Use as a context manager."""

    def __init__(self, problem: Problem, solution: Path, limits: Limits, shown: str | None = None,
                 *, require_sandbox: bool = False):
        self.problem, self.solution, self.limits = problem, solution, limits
        self.shown = shown or str(solution)
        self.require_sandbox = require_sandbox
        self.process: subprocess.Popen | None = None
        self.status: Status | None = None     # the sandbox, as the worker reported it
        self.cpu_mark = 0.0

    def __enter__(self):
        cmd_read, self.cmd_write = os.pipe()
        result_read, result_write = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        self.folder = scratch()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", BOOT, json.dumps(_worker_path()), str(cmd_read),
                 str(result_write)],
                stdin=subprocess.DEVNULL, stdout=self.stderr, stderr=self.stderr,
                pass_fds=(cmd_read, result_write), start_new_session=True,
                cwd=self.folder, env=worker_env(self.folder),
            )
        except OSError as e:
            remove_scratch(self.folder)
            raise InternalError(f"cannot start a worker with {sys.executable}: {e}") from None
        finally:
            os.close(cmd_read)
            os.close(result_write)
        self.lines = _Lines(result_read)
        self.result_fd = result_read
        return self

    def __exit__(self, *exc):
        for fd in (self.cmd_write, self.result_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        self._kill()
        self.stderr.close()
        remove_scratch(self.folder)

    def _kill(self) -> None:
        """Kill the worker and everything in its process group, and reap it."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()

    def _send(self, message: bytes, deadline: float) -> bool:
        view = memoryview(message)
        while view:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [self.cmd_write], [], left)[1]:
                raise _Timeout
            try:
                written = os.write(self.cmd_write, view[: 1 << 16])
            except BrokenPipeError:
                return False
            view = view[written:]
        return True

    def start(self) -> dict | _Death:
        """Send the setup; return the worker's `ready` or `compile_error` message."""
        entry = self.problem.entry
        setup = {
            "solution": str(self.solution.resolve()), "shown": self.shown,
            "method": entry.method, "functions": list(entry.function_names),
            "params": [p.name for p in entry.params], "memory_mb": self.limits.memory_mb,
            "case_wall_s": WALL_FACTOR * self.limits.case_time_ms / 1000,
            "run_cpu_s": self.limits.run_time_ms / 1000,
            "scratch": self.folder, "hidden": [str(self.problem.root.parent.resolve())],
            "require_sandbox": self.require_sandbox,
        }
        first = self._exchange(json.dumps(setup).encode() + b"\n", START_TIMEOUT_S)
        if isinstance(first, _Death) or first.get("event") != "sandbox":
            return first if isinstance(first, _Death) else _Death(Verdict.IE, "no sandbox report")
        self.status = Status.from_json(first)
        if self.refused:
            return first
        hello = self._exchange(b"", IMPORT_TIMEOUT_S)
        try:
            self.cpu_mark = _usage(self.process.pid)[0]   # module-level code is not billed
        except OSError:
            pass            # it is gone: the first case will say how it died
        return hello

    @property
    def refused(self) -> bool:
        """The worker would not run the solution: the sandbox was partial and full was required."""
        return self.require_sandbox and self.status is not None and not self.status.full

    def run(self, case: Case) -> dict | _Death:
        message = b'{"name": ' + json.dumps(case.name).encode() + b', "args": ' + \
            case.input_json.encode() + b"}\n"
        raw = self._exchange(message, WALL_FACTOR * self.limits.case_time_ms / 1000 + GRACE_S)
        if isinstance(raw, _Death):
            return raw
        if raw.get("event") != "result" or raw.get("name") != case.name or \
                raw.get("status") not in ("ok", "timeout", "memory", "error", "bad_return"):
            self._kill()
            return _Death(Verdict.RE, TAMPERED)
        # Every CPU second the worker spends from one answer to the next is billed to a case,
        # threads left running between cases included; and the figures are the kernel's.
        try:
            cpu, peak = _usage(self.process.pid)
        except OSError:     # it answered, then died at once: no figure to trust
            return self._death()
        raw.update(cpu_ms=(cpu - self.cpu_mark) * 1000, rss_kb=peak)   # never the worker's word
        self.cpu_mark = cpu
        for key in ("stdout", "traceback", "error_type", "message"):
            raw[key] = str(raw.get(key, ""))
        return raw

    def _exchange(self, message: bytes, seconds: float) -> dict | _Death:
        deadline = time.monotonic() + seconds + len(message) / 50e6   # big inputs take a moment
        try:
            line = self.lines.read(deadline) if self._send(message, deadline) else None
        except _Timeout:
            self._kill()
            return _Death(Verdict.TLE, f"stopped after {seconds:.1f} s of wall time: the solution "
                                       "ignored the time limit (or blocked in C) and was killed")
        if line is None:
            return self._death()
        try:
            message = json.loads(line)
        except (ValueError, RecursionError):
            message = None
        if not isinstance(message, dict):   # the worker writes objects; a solution, anything
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: {line[:200]!r}")
        return message

    def _death(self) -> _Death:
        """How the worker died, from facts: its exit status and what the kernel counted.

        It closed its pipe by itself (a kill by the watchdog is a time-out, decided elsewhere), so
        neither a signal nor text on stderr says what happened: a solution can send itself SIGKILL
        or print "MemoryError". A time-out is decided from the CPU time it used, memory from the
        peak the kernel reports.
        """
        code, usage = self._reap()
        if code is None:
            return _Death(Verdict.RE, "the solution closed the judge's result pipe and went on "
                                      "running; it was stopped")
        self.stderr.seek(0, os.SEEK_END)
        self.stderr.seek(max(0, self.stderr.tell() - 4000))
        tail = self.stderr.read().decode("utf-8", "backslashreplace")
        cpu_s = usage.ru_utime + usage.ru_stime if usage else None
        facts = dict(cpu_ms=max(0.0, (cpu_s - self.cpu_mark) * 1000) if cpu_s is not None else 0.0,
                     memory_kb=_own_peak_kb(usage), stderr=tail)
        limit_s = _cpu_rlimit_s(self.limits)
        if code in (-signal.SIGXCPU, -signal.SIGKILL) and cpu_s is not None and cpu_s >= limit_s:
            return _Death(Verdict.TLE, f"the worker's CPU time limit of {limit_s} s ran out "
                                       "(module-level code counts towards it)", **facts)
        if facts["memory_kb"] >= self.limits.memory_mb * 1024:
            return _Death(Verdict.MLE, f"the process died holding {facts['memory_kb'] // 1024} MB, "
                                       f"more than the {self.limits.memory_mb} MB limit", **facts)
        if code == -signal.SIGSEGV:
            return _Death(Verdict.RE, "the process crashed (segmentation fault); very deep "
                                      "recursion through C code is the usual cause", **facts)
        if code == -signal.SIGXFSZ:
            return _Death(Verdict.RE, "the process was killed by signal 25 (SIGXFSZ), which the "
                                      "kernel sends when a file grows past the 16 MB output "
                                      "limit", **facts)
        if code is not None and code < 0:
            return _Death(Verdict.RE, f"the process was killed by signal {-code} "
                                      f"({_signal_name(-code)})", **facts)
        last = tail.strip().splitlines()[-1] if tail.strip() else ""
        return _Death(Verdict.RE, f"the process exited (status {code}) without giving an answer"
                      + (f": {last}" if last else ""), **facts)

    def _reap(self):
        """Wait (5 s at most) for the worker to end, and take its resource usage from wait4."""
        usage, deadline = None, time.monotonic() + 5
        while self.process.returncode is None:
            try:
                pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
            except ChildProcessError:   # reaped already: no figures
                self.process.wait()
                break
            if pid:
                self.process.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:  # it closed the pipe but lives on: end it
                self._kill()
                return None, None
            time.sleep(0.01)
        return self.process.returncode, usage


def _signal_name(number: int) -> str:
    """SIGKILL, SIGRTMIN+6, or "unnamed" for a number the platform does not name."""
    try:
        return signal.Signals(number).name
    except ValueError:
        pass
    if signal.SIGRTMIN < number < signal.SIGRTMAX:
        return f"SIGRTMIN+{number - signal.SIGRTMIN}"
    return "unnamed"


def _cpu_rlimit_s(limits: Limits) -> int:
    """The worker's soft RLIMIT_CPU (worker._set_limits): whole seconds above the run's limit."""
    return int(limits.run_time_ms / 1000) + 1


def _own_peak_kb(usage) -> int:
    """The dead worker's peak resident kB, or 0 when the kernel's figure may not be its own.

    ru_maxrss survives exec: it starts at the judge's own resident size when the worker was
    forked, so it says something about the worker only when it is above the judge's peak.
    """
    if usage is None:
        return 0
    try:
        with open("/proc/self/status", "rb") as f:
            judge_kb = next((int(line.split()[1]) for line in f if line.startswith(b"VmHWM:")), 0)
    except OSError:
        return 0
    return usage.ru_maxrss if usage.ru_maxrss > judge_kb else 0


def _case_result(problem: Problem, case: Case, raw: dict | _Death, limits: Limits,
                 cpu_so_far: float, keep_values: bool) -> CaseResult:
    """Decide one case's verdict from what the worker reported and the expected answer."""
    if isinstance(raw, _Death):
        return _death_result(case, raw, limits, cpu_so_far, keep_values)
    cpu = raw["cpu_ms"]
    common = dict(time_ms=round(cpu, 3), memory_kb=raw["rss_kb"], stdout=_text(raw["stdout"]),
                  stderr=_text(raw.get("stderr")))
    status = raw["status"]
    verdict, message, got, expected = Verdict.AC, "", raw.get("answer"), None
    if status == "timeout" or cpu > limits.case_time_ms:
        verdict = Verdict.TLE
        message = f"case {case.name} took more than the {limits.case_time_ms} ms limit" + \
            (f" ({cpu:.0f} ms of CPU)" if status == "ok" else " and was stopped")
    elif cpu_so_far + cpu > limits.run_time_ms:
        verdict = Verdict.TLE
        message = f"the total time limit of {limits.run_time_ms} ms ran out at case {case.name}"
    elif status == "memory":
        verdict = Verdict.MLE
        message = f"case {case.name} needed more than the {limits.memory_mb} MB memory limit"
    elif status == "error":
        verdict = Verdict.RE
        if raw["error_type"] == "NotImplementedError":
            message = "the solution is not written yet: it raises NotImplementedError"
        else:
            message = f"{_text(raw['error_type'])}: {_text(raw['message'])}".rstrip(": ")
    elif status == "bad_return":
        verdict, message = Verdict.WA, _text(raw["message"])
    else:
        expected = case.answer()
        problem_with_answer = problem.checker(expected, got)
        if problem_with_answer:
            verdict, message = Verdict.WA, f"wrong answer on case {case.name}: {problem_with_answer}"
    if verdict is Verdict.AC and not keep_values:
        return CaseResult(case.name, verdict, **common)
    # The expected answer is shown with a wrong one, or beside every output of `judge test`.
    if expected is None and case.has_answer and (keep_values or verdict is Verdict.WA):
        expected = case.answer()
    return CaseResult(case.name, verdict, message=message, input=case.args, expected=expected,
                      got=got, traceback=_text(raw.get("traceback")), **common)


def _death_result(case: Case, death: _Death, limits: Limits, cpu_so_far: float,
                  keep_values: bool) -> CaseResult:
    """A case the worker died on: billed the CPU it used, a time-out if that was too much."""
    verdict, message = death.verdict, _text(death.message)
    if verdict is not Verdict.TLE and death.cpu_ms > limits.case_time_ms:
        verdict = Verdict.TLE
        message = f"case {case.name} took more than the {limits.case_time_ms} ms limit " \
                  f"({death.cpu_ms:.0f} ms of CPU); then {message}"
    elif verdict is not Verdict.TLE and cpu_so_far + death.cpu_ms > limits.run_time_ms:
        verdict = Verdict.TLE
        message = f"the total time limit of {limits.run_time_ms} ms ran out at case {case.name}"
    expected = case.answer() if keep_values and case.has_answer else None
    return CaseResult(case.name, verdict, time_ms=round(death.cpu_ms, 3),
                      memory_kb=death.memory_kb, message=message, input=case.args,
                      expected=expected, stderr=_text(death.stderr))


def _text(value) -> str:
    """Text from the worker made printable anywhere: a lone surrogate (which no encoder takes)
    becomes its escape, `\\udfff`; anything but a string (a forged message) becomes ""."""
    if not isinstance(value, str):
        return ""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def judge(problem: Problem, solution: Path, cases: tuple[Case, ...], limits: Limits, *,
          stop_on_failure: bool = True, shown: str | None = None, require_sandbox: bool = False,
          keep_values: bool = False,
          on_result: Callable[[CaseResult, int], None] | None = None) -> Report:
    """Run `solution` on `cases` in worker processes and return the Report.

    `on_result(result, total)` is called after each case, so that a caller can show progress.
    With `require_sandbox`, a machine where the sandbox is partial raises UsageError before any
    of the solution's code runs.

    Inputs and answers are kept in the results of failed cases, or of every case with
    `keep_values` (for the examples, where the user wants to see them all).

    One worker serves the whole run; when it dies and every case is wanted (`--all`),
    a fresh one takes the remaining cases.
    """
    shown = shown or str(solution)
    results: list[CaseResult] = []
    base = dict(problem=str(problem.id), slug=problem.slug, solution=shown, total=len(cases),
                limits=limits)
    pending = list(cases)
    cpu_total = 0.0
    while pending:
        with Worker(problem, solution, limits, shown, require_sandbox=require_sandbox) as worker:
            hello = worker.start()
            if worker.refused:
                raise UsageError(f"refusing to grade: the sandbox is {worker.status.text} on "
                                 "this machine and --require-sandbox was given (`judge doctor` "
                                 "says why)")
            base["sandbox"] = worker.status.text if worker.status else "none"
            if isinstance(hello, _Death) and worker.status is None:   # before any of its code
                return Report(**base, internal_error=f"the worker did not start: {hello.message}")
            if isinstance(hello, _Death) or hello.get("event") not in ("ready", "compile_error"):
                return Report(**base, results=(_import_failure(pending[0], hello),))
            if hello.get("event") == "compile_error":
                return Report(**base, compile_error=_text(hello.get("detail")) or
                              "importing the solution failed")
            while pending:
                case = pending.pop(0)
                raw = worker.run(case)
                result = _case_result(problem, case, raw, limits, cpu_total, keep_values)
                results.append(result)
                if on_result is not None:
                    on_result(result, len(cases))
                cpu_total += result.time_ms
                if not result.passed and stop_on_failure:
                    return Report(**base, results=tuple(results))
                if isinstance(raw, _Death):
                    break   # start a fresh worker for the rest
    return Report(**base, results=tuple(results))


def _import_failure(case: Case, hello: dict | _Death) -> CaseResult:
    """The solution's module died, hung or wrote junk while it was imported: its own fault, shown
    on the first case (module-level code is not billed; the time-out on it is wall time)."""
    if not isinstance(hello, _Death):
        hello = _Death(Verdict.RE, TAMPERED)
    message = _text(hello.message)
    if hello.verdict is Verdict.TLE:
        message = f"its module-level code ran longer than {IMPORT_TIMEOUT_S:.0f} s of wall " \
                  "time (it is not billed, but must finish) and was stopped"
    return CaseResult(case.name, hello.verdict, message=f"while importing the solution: {message}",
                      memory_kb=hello.memory_kb, stderr=_text(hello.stderr))


def reference_answers(problem: Problem, cases: list[Case], limits: Limits) -> list:
    """The reference solution's answers to `cases`, from a worker like any solution's.

    Raises ProblemError naming the case when the reference does not load or does not answer.
    """
    reference = problem.root / "reference.py"
    answers = []
    with Worker(problem, reference, limits) as worker:
        hello = worker.start()
        if not isinstance(hello, dict) or hello.get("event") != "ready":
            raise ProblemError(f"{reference}: does not load: {getattr(hello, 'message', hello)}")
        for case in cases:
            raw = worker.run(case)
            if not isinstance(raw, dict) or raw.get("status") != "ok":
                why = raw.message if not isinstance(raw, dict) else raw.get("message") or raw["status"]
                raise ProblemError(f"{reference}: fails on case {case.name}: {why}")
            answers.append(raw["answer"])
    return answers
