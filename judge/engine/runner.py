"""The parent side: start a worker, feed it cases, enforce the limits, turn results into a Report.

Owns the worker process: it is started with this interpreter (`sys.executable`) in a new session,
so that the watchdog can kill its whole process group when the solution ignores the in-worker
time-out, and so that nothing it started outlives the run. Each worker gets a private scratch
folder (its cwd and TMPDIR, removed afterwards) and a clean environment; it confines itself
(sandbox.py) and says how, before any of the solution's code runs. Times and peak memory come from
the kernel, read here, never from the worker's word. Expected answers are read here, after the
worker has answered, and compared with checkers.py.

Every read and write on the worker's pipes has a deadline and a bound (the parent's ends are
non-blocking), and reading costs time linear in what arrives: whatever the worker sends, or
stops sending, ends in a verdict. The messages are protocol.py's; an answer stays JSON text,
compared with the expected answer's text and decoded only within a bound.
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

from judge.engine import protocol
from judge.errors import InternalError, ProblemError, UsageError
from judge.engine.sandbox import (PACKAGE_PARENT, Status, remove_scratch, scratch, scratch_held,
                                  worker_env)
from judge.engine.solutions import read_source
from judge.engine.problems import Case, Problem
from judge.engine.verdicts import CaseResult, Limits, Report, Verdict

# -I ignores PYTHON* variables and the user's site-packages; -S skips `site`, whose start-up
# hooks (editable installs, .pth files) cost tens of milliseconds. The worker's path is given
# explicitly instead: this package, then the folders that hold its runtime dependencies.
BOOT = "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); " \
       "from judge.engine.worker import main; main(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))"


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
TAMPERED = "the solution wrote to the judge's result channel"
ANSWER_FLOOR = 1 << 18          # an answer up to this size is always read and decoded...
ANSWER_RATIO = 4                # ...and one up to this many times the expected answer's size
MAX_DEPTH = 100                 # an answer nested deeper is not compared (nor shown)
CLOSED_S = 5.0                  # how long a worker that closed its result pipe may take to exit


def _usage(pid: int) -> tuple[float, int]:
    """The worker's CPU seconds (all its threads) and peak resident kB, as the kernel counts them.

    Read from outside because the worker's own figures travel on a pipe the solution can write to.
    """
    cpu = time.clock_gettime((~pid << 3) | 2)     # the process's CPU clock: clock_getcpuclockid
    with open(f"/proc/{pid}/status", "rb") as f:
        peak = next((int(line.split()[1]) for line in f if line.startswith(b"VmHWM:")), 0)
    return cpu, peak


class _Timeout(Exception):
    """The worker did not answer in time."""


class _Stalled(_Timeout):
    """The worker did not read its input in time."""


class _Flood(Exception):
    """A line on the result pipe longer than any message."""


@dataclass(frozen=True)
class _Death:
    """The worker stopped without answering a case, with the kernel's figures when it died alone."""

    verdict: Verdict
    message: str
    cpu_ms: float = 0.0             # CPU time since the last answer (module-level code excluded)
    memory_kb: int = 0              # peak resident memory, when the kernel's figure is its own
    stderr: str = ""                # the end of what it wrote to its file descriptors 1 and 2


class _Lines:
    """Read lines and sized blocks from the (non-blocking) result pipe, with a deadline, a bound
    and in time linear in what arrives: each byte is copied once and searched once."""

    def __init__(self, fd: int):
        self.fd, self.buffer = fd, bytearray()
        os.set_blocking(fd, False)

    def _fill(self, deadline: float) -> bool:
        """Append what the pipe holds; False at its end."""
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([self.fd], [], [], left)[0]:
            raise _Timeout
        try:
            chunk = os.read(self.fd, 1 << 20)
        except BlockingIOError:
            return True
        self.buffer += chunk
        return bool(chunk)

    def read(self, deadline: float, limit: int = protocol.HEADER_BYTES) -> bytes | None:
        """The next line, without its newline; None at the end of the pipe."""
        searched = 0
        while (end := self.buffer.find(b"\n", searched)) < 0:
            if len(self.buffer) > limit:
                raise _Flood
            searched = len(self.buffer)
            if not self._fill(deadline):
                return None
        line = bytes(self.buffer[:end])
        del self.buffer[:end + 1]
        return line

    def block(self, size: int, keep: int, deadline: float) -> bytes | None:
        """The next `size` bytes, which a newline must follow; None (after reading past them)
        when they are more than `keep`. EOFError at the end of the pipe."""
        left = size + 1
        if size > keep:             # drain it: the judge holds at most a chunk of it
            while len(self.buffer) < left:
                left -= len(self.buffer)
                self.buffer.clear()
                if not self._fill(deadline):
                    raise EOFError
        while len(self.buffer) < left:
            if not self._fill(deadline):
                raise EOFError
        if self.buffer[left - 1] != ord("\n"):
            raise protocol.BadMessage("an answer of another length than announced")
        data = bytes(self.buffer[:size]) if size <= keep else None
        del self.buffer[:left]
        return data


class Worker:
    """One worker process for one solution. Use as a context manager, entered and left in one
    thread: the worker dies with the thread that started it (PR_SET_PDEATHSIG)."""

    def __init__(self, problem: Problem, solution: Path, limits: Limits, shown: str | None = None,
                 *, require_sandbox: bool = False):
        self.problem, self.solution, self.limits = problem, solution, limits
        self.shown = shown or str(solution)
        self.require_sandbox = require_sandbox
        self.process: subprocess.Popen | None = None
        self.status: Status | None = None     # the sandbox, as the worker reported it
        self.cpu_mark = 0.0
        # A worker's answer can be no longer than the memory it may hold: a larger claim is forged.
        self.answer_max = 2 * limits.memory_mb * 2**20 + ANSWER_FLOOR

    def __enter__(self):
        cmd_read, self.cmd_write = os.pipe()
        self.result_fd, result_write = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        self.folder = scratch()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", BOOT, json.dumps(_worker_path()), str(cmd_read),
                 str(result_write), str(os.getpid())],
                stdin=subprocess.DEVNULL, stdout=self.stderr, stderr=self.stderr,
                pass_fds=(cmd_read, result_write), start_new_session=True,
                cwd=self.folder, env=worker_env(self.folder),
            )
            # Non-blocking: select says a pipe has room, not that it has room for a whole chunk.
            os.set_blocking(self.cmd_write, False)
            self.lines = _Lines(self.result_fd)
        except OSError as e:
            self.__exit__()
            raise InternalError(f"cannot start a worker with {sys.executable}: {e}") from None
        except BaseException:       # KeyboardInterrupt: the worker may exist already
            self.__exit__()
            raise
        finally:
            os.close(cmd_read)
            os.close(result_write)
        return self

    def __exit__(self, *exc):
        """Kill and reap the worker, whatever happened (an exception, Ctrl-C): no process of
        it outlives the run, and its folder goes with it."""
        try:
            self._kill()
        finally:
            for fd in (self.cmd_write, self.result_fd):
                try:
                    os.close(fd)
                except OSError:
                    pass
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
        """Write `message` on the command pipe by `deadline`; False if the worker closed it."""
        view = memoryview(message)
        while view:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [self.cmd_write], [], left)[1]:
                raise _Stalled
            try:
                written = os.write(self.cmd_write, view[: 1 << 16])
            except BlockingIOError:
                continue
            except BrokenPipeError:
                return False
            view = view[written:]
        return True

    def start(self) -> protocol.Message | _Death:
        """Send the setup; return the worker's `ready` or `compile_error` message."""
        entry = self.problem.entry
        setup = {
            "source": read_source(self.solution).decode("latin-1"), "shown": self.shown,
            "method": entry.method, "functions": list(entry.function_names),
            "params": [p.name for p in entry.params], "memory_mb": self.limits.memory_mb,
            "case_wall_s": WALL_FACTOR * self.limits.case_time_ms / 1000,
            "run_cpu_s": self.limits.run_time_ms / 1000,
            "scratch": self.folder, "hidden": [str(self.problem.root.parent.resolve())],
            "require_sandbox": self.require_sandbox,
        }
        first = self._exchange(protocol.encode(setup), START_TIMEOUT_S)
        if isinstance(first, _Death) or not isinstance(first, protocol.Sandbox):
            # Sent before any of the solution's code runs: anything else is the judge's fault.
            return first if isinstance(first, _Death) else _Death(Verdict.IE, "no sandbox report")
        self.status = Status.from_json({"layers": first.layers})
        if self.refused:
            return first
        hello = self._exchange(b"", IMPORT_TIMEOUT_S)
        if not isinstance(hello, (_Death, protocol.Ready, protocol.CompileError)):
            self._kill()    # a message its module-level code forged
            return _Death(Verdict.RE, f"{TAMPERED} while it was being imported")
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
        """The worker's result for `case`, with the kernel's figures, or how it stopped.

        The answer comes as `answer_text`: its JSON text, or None when it is far larger than
        the expected answer (then only its size, `answer_bytes`, is known)."""
        seconds = WALL_FACTOR * self.limits.case_time_ms / 1000 + GRACE_S
        header = self._exchange(protocol.case(case.name, case.input_json), seconds)
        if isinstance(header, _Death):
            return header
        if not isinstance(header, protocol.Result) or header.name != case.name or \
                header.answer_bytes > self.answer_max:
            self._kill()
            return _Death(Verdict.RE, TAMPERED)
        answer = self._answer(header.answer_bytes, _answer_room(case), seconds)
        if isinstance(answer, _Death):
            return answer
        raw = dict(header._asdict(), answer_text=answer)
        # Every CPU second the worker spends from one answer to the next is billed to a case,
        # threads left running between cases included; and the figures are the kernel's.
        try:
            cpu, peak = _usage(self.process.pid)
        except OSError:     # it answered, then died at once: no figure to trust
            return self._death()
        held = scratch_held(self.folder, self.process.pid, self.limits.memory_mb)
        if held:            # files are memory too (on tmpfs): the worker ends here
            self._kill()
            return _Death(Verdict.MLE, held)
        raw.update(cpu_ms=(cpu - self.cpu_mark) * 1000, rss_kb=peak)   # never the worker's word
        self.cpu_mark = cpu
        return raw

    def _answer(self, size: int, keep: int, seconds: float) -> bytes | None | _Death:
        """The answer that follows a result's header: its text, None if longer than `keep`."""
        try:
            return self.lines.block(size, keep, time.monotonic() + seconds + size / 50e6)
        except _Timeout:
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: its answer stopped short of its announced "
                                      "length")
        except EOFError:
            return self._closed()
        except protocol.BadMessage as e:
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: {e}")

    def _exchange(self, message: bytes, seconds: float) -> protocol.Message | _Death:
        """Send `message` (if any), then read the next message, both within `seconds`."""
        deadline = time.monotonic() + seconds + len(message) / 50e6   # big inputs take a moment
        try:
            line = self.lines.read(deadline) if self._send(message, deadline) else None
            return self._closed() if line is None else protocol.decode(line)
        except _Stalled:
            self._kill()
            return _Death(Verdict.TLE, f"the worker stopped reading its input for {seconds:.1f} s "
                                       "and was killed")
        except _Timeout:
            self._kill()
            return _Death(Verdict.TLE, f"stopped after {seconds:.1f} s of wall time: the solution "
                                       "ignored the time limit (or blocked in C) and was killed")
        except _Flood:
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: a line longer than "
                                      f"{_size(protocol.HEADER_BYTES)}, which no message is")
        except protocol.BadMessage as e:    # the worker writes its messages; a solution, anything
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: {e}")

    def _closed(self) -> _Death:
        """The result pipe ended: the worker died, or its solution closed the pipe and lives on."""
        try:
            self.process.wait(timeout=CLOSED_S)
        except subprocess.TimeoutExpired:
            self._kill()
            return _Death(Verdict.RE, f"{TAMPERED}: it closed or replaced the channel and kept "
                                      "running")
        return self._death()

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


def _size(n: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} byte" + ("" if n == 1 else "s")


def _answer_room(case: Case) -> int:
    """How much of an answer the judge reads: far more than a right one takes (the expected
    answer's file may be written more tightly than json.dumps writes), far less than a flood."""
    if case.answer_json is not None:
        return max(ANSWER_FLOOR, ANSWER_RATIO * len(case.answer_json))
    if case.answer_path is None:
        return 2**62        # the reference's own answer, bounded by Worker.answer_max
    try:
        return max(ANSWER_FLOOR, ANSWER_RATIO * case.answer_path.stat().st_size)
    except OSError:
        return ANSWER_FLOOR     # reading the answer will say what is wrong with it


def _too_deep(value, limit: int = MAX_DEPTH) -> bool:
    """Whether `value` nests lists or objects more than `limit` deep (without recursing)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, depth + 1) for c in children if isinstance(c, (list, dict)))
    return False


class _TooDeep(Exception):
    """An answer nested deeper than MAX_DEPTH: compared, or shown, it would exhaust the stack."""


def _decoded(text: bytes):
    """A worker's answer, decoded. BadMessage if it is not JSON (the worker writes JSON)."""
    try:
        got = json.loads(text)
    except RecursionError:
        raise _TooDeep from None
    except ValueError:
        raise protocol.BadMessage("an answer that is not JSON") from None
    if isinstance(got, (list, dict)) and _too_deep(got):
        raise _TooDeep
    return got


def _checked(problem: Problem, expected, raw: dict) -> tuple[Verdict, str, object]:
    """Compare an answer's JSON text with the expected answer: (verdict, problem, got).

    Equal texts are the same value (json.dumps wrote both). Otherwise the answer is decoded and
    checked, unless it is far larger than expected or nested too deep to compare or show."""
    text, want = raw["answer_text"], protocol.canonical(expected)
    if text == want:
        return Verdict.AC, "", expected
    size = raw["answer_bytes"]
    if text is None or size > max(ANSWER_FLOOR, ANSWER_RATIO * len(want)):
        return Verdict.WA, f"the answer is {_size(size)}; the expected answer is " \
                           f"{_size(len(want))}", None
    try:
        got = _decoded(text)
        found = problem.checker(expected, got)
    except protocol.BadMessage as e:
        return Verdict.RE, f"{TAMPERED}: {e}", None
    except (_TooDeep, RecursionError):
        return Verdict.WA, f"the answer is nested more than {MAX_DEPTH} levels deep", None
    return (Verdict.WA, found, got) if found else (Verdict.AC, "", got)


def _case_result(problem: Problem, case: Case, raw: dict | _Death, limits: Limits,
                 cpu_so_far: float, keep_values: bool) -> CaseResult:
    """Decide one case's verdict from what the worker reported and the expected answer."""
    if isinstance(raw, _Death):
        return _death_result(case, raw, limits, cpu_so_far, keep_values)
    cpu = raw["cpu_ms"]
    common = dict(time_ms=round(cpu, 3), memory_kb=raw["rss_kb"], stdout=_text(raw["stdout"]),
                  stderr=_text(raw.get("stderr")))
    status = raw["status"]
    verdict, message, got, expected = Verdict.AC, "", None, None
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
        verdict, problem_with_answer, got = _checked(problem, expected, raw)
        if verdict is Verdict.WA:
            message = f"wrong answer on case {case.name}: {problem_with_answer}"
        elif verdict is Verdict.RE:
            message = problem_with_answer
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
            if isinstance(hello, _Death) and worker.status is None:     # before any user code
                return Report(**base, internal_error=f"the worker did not start: {hello.message}")
            if isinstance(hello, protocol.CompileError):
                return Report(**base, compile_error=hello.detail)
            if isinstance(hello, _Death):   # its module-level code died, hung or forged a message
                result = _import_failure(pending.pop(0), hello)
                if on_result is not None:
                    on_result(result, len(cases))
                return Report(**base, results=(*results, result))
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
        if not isinstance(hello, protocol.Ready):
            raise ProblemError(f"{reference}: does not load: {getattr(hello, 'message', hello)}")
        for case in cases:
            raw = worker.run(case)
            if not isinstance(raw, dict) or raw["status"] != protocol.OK:
                why = raw.message if not isinstance(raw, dict) else raw["message"] or raw["status"]
                raise ProblemError(f"{reference}: fails on case {case.name}: {why}")
            answers.append(json.loads(raw["answer_text"]))
    return answers
