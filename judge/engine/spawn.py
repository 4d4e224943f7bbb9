"""Talk to a worker: its setup, its cases, its pipes' deadlines, how it ended.

The worker (started by judge.engine.launch, maybe ahead of need) runs this interpreter
(`sys.executable`) in a new session, so that the
watchdog can kill its whole process group when the solution ignores the in-worker time-out, and
so that nothing it started outlives the run (it also dies with the judge: PR_SET_PDEATHSIG). It
gets a private scratch folder (its cwd and TMPDIR) and a clean environment; it confines itself
(judge.worker.sandbox) and says how, before any of the solution's code runs.

Every read and write on the worker's pipes has a deadline and a bound (the parent's ends are
non-blocking), and reading costs time linear in what arrives: whatever the worker sends, or
stops sending, ends in a Death or a message of judge.engine.protocol. Times and peak memory are
the kernel's, read here, never the worker's word; so is what a dead worker's end means.
"""

from __future__ import annotations

import os
import select
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from judge.engine import answers, launch, protocol
from judge.engine.launch import PACKAGE_PARENT
from judge.engine.problems import Case, Problem
from judge.engine.scratch import scratch_held
from judge.engine.solutions import read_source
from judge.engine.verdicts import Limits, Verdict

START_TIMEOUT_S = 30.0          # the worker's own start, up to its sandbox report
IMPORT_TIMEOUT_S = 10.0         # importing the solution: module-level code is not billed, but
                                # a hang there is a time-out, and must not hold the judge long
GRACE_S = 1.0                   # on top of the in-worker time-out before the watchdog kills
WALL_FACTOR = 3                 # the in-worker time-out, in wall time, this many times the
                                # CPU limit: a backstop for code that sleeps or blocks, far
                                # enough out that a loaded machine does not trip it first
POLL_S = 0.02                   # how often the judge reads a busy worker's CPU clock
KERNEL_CPU_SLACK = 0.9          # a kernel CPU-limit kill counts as one from this share of it
CLOSED_S = 2.0                  # how long a worker that closed its result pipe may take to exit
                                # (its memory is freed before its files are closed: little is left)


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


class _OverCPU(Exception):
    """The case used more CPU than its limit, by the kernel's count: stopped before its end."""

    def __init__(self, message: str, cpu_ms: float):
        super().__init__(message)
        self.cpu_ms = cpu_ms


@dataclass(frozen=True)
class Death:
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
        self.watch = None       # while a case runs: raises _OverCPU once it is over its limit
        os.set_blocking(fd, False)

    def _fill(self, deadline: float) -> bool:
        """Append what the pipe holds; False at its end."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Timeout
            wait = min(left, POLL_S) if self.watch else left
            if select.select([self.fd], [], [], wait)[0]:
                break
            if self.watch:
                self.watch()
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
                 *, require_sandbox: bool = False, patience: float = 1.0, overrun: float = 1.0):
        self.problem, self.solution, self.limits = problem, solution, limits
        # The wall-clock backstops, in seconds, for a case: `patience` stretches them (and them
        # only) for a run that must get its CPU share on a loaded machine; the CPU limit stays.
        self.case_wall_s = patience * WALL_FACTOR * limits.case_time_ms / 1000
        # A case over its CPU limit is stopped once it has used `overrun` times the limit: 1 for
        # judging; more for `judge check`, which learns in the same run whether it would still
        # run out of time at a larger limit (the verdict at the limit is the same).
        self.stop_ms = overrun * limits.case_time_ms
        self.shown = shown or str(solution)
        self.require_sandbox = require_sandbox
        self.process = None         # its subprocess.Popen, once entered
        self.status: protocol.Sandbox | None = None     # the sandbox, as the worker reported it
        self.cpu_mark = 0.0
        # A worker's answer can be no longer than the memory it may hold: a larger claim is forged.
        self.answer_max = 2 * limits.memory_mb * 2**20 + answers.ANSWER_FLOOR

    def __enter__(self):
        self.launched = launch.take()       # started ahead of need, or now
        self.process, self.folder = self.launched.process, self.launched.folder
        self.cmd_write, self.result_fd = self.launched.cmd_write, self.launched.result_fd
        self.stderr = self.launched.log
        self.lines = _Lines(self.result_fd)
        return self

    def __exit__(self, *exc):
        """Kill and reap the worker, whatever happened (an exception, Ctrl-C): no process of
        it outlives the run, and its folder goes with it."""
        try:
            self._kill()
        finally:
            self.launched.close()

    def stop(self) -> None:
        """Kill the worker from another thread (a run that needs no more of it); the thread that
        owns it reaps it, and its reads end at once."""
        process = self.process
        if process is not None and process.returncode is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

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

    def start(self) -> protocol.Message | Death:
        """Send the setup; return the worker's `ready` or `compile_error` message."""
        entry = self.problem.entry
        setup = {
            "source": read_source(self.solution).decode("latin-1"), "shown": self.shown,
            **entry.worker_setup(), "memory_mb": self.limits.memory_mb,
            "case_wall_s": self.case_wall_s,
            "run_cpu_s": self.limits.run_time_ms / 1000,
            "scratch": self.folder, "hidden": [str(self.problem.root.parent.resolve())],
            "judge_home": PACKAGE_PARENT,
            "require_sandbox": self.require_sandbox,
        }
        first = self._exchange(protocol.encode(setup), START_TIMEOUT_S)
        if isinstance(first, Death) or not isinstance(first, protocol.Sandbox):
            # Sent before any of the solution's code runs: anything else is the judge's fault.
            return first if isinstance(first, Death) else Death(Verdict.IE, "no sandbox report")
        self.status = first
        if self.refused:
            return first
        hello = self._exchange(b"", IMPORT_TIMEOUT_S)
        if not isinstance(hello, (Death, protocol.Ready, protocol.CompileError)):
            self._kill()    # a message its module-level code forged
            return Death(Verdict.RE, f"{protocol.TAMPERED} while it was being imported")
        try:
            self.cpu_mark = _usage(self.process.pid)[0]   # module-level code is not billed
        except OSError:
            pass            # it is gone: the first case will say how it died
        return hello

    @property
    def refused(self) -> bool:
        """The worker would not run the solution: the sandbox was partial and full was required."""
        return self.require_sandbox and self.status is not None and not self.status.full

    def run(self, case: Case) -> dict | Death:
        """The worker's result for `case`, with the kernel's figures, or how it stopped.

        The answer comes as `answer_text`: its JSON text, or None when it is far larger than
        the expected answer (then only its size, `answer_bytes`, is known)."""
        seconds = self.case_wall_s + GRACE_S
        self.lines.watch = lambda: self._watch(case)
        try:
            header = self._exchange(protocol.case(case.name, case.input_json), seconds)
        finally:
            self.lines.watch = None
        if isinstance(header, Death):
            return header
        if not isinstance(header, protocol.Result) or header.name != case.name or \
                header.answer_bytes > self.answer_max:
            self._kill()
            return Death(Verdict.RE, protocol.TAMPERED)
        answer = self._answer(header.answer_bytes, answers.room(case), seconds)
        if isinstance(answer, Death):
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
            return Death(Verdict.MLE, held)
        raw.update(cpu_ms=(cpu - self.cpu_mark) * 1000, rss_kb=peak)   # never the worker's word
        self.cpu_mark = cpu
        return raw

    def _watch(self, case: Case) -> None:
        """The case's CPU limit, enforced from here as the kernel counts it (all threads): a
        CPU-bound solution is stopped once over the limit, not when a wall clock runs out."""
        try:
            used = (_usage(self.process.pid)[0] - self.cpu_mark) * 1000
        except OSError:
            return              # it is gone: reading the pipe will say how
        if used > self.stop_ms:
            raise _OverCPU(f"case {case.name} took more than the {self.limits.case_time_ms} ms "
                           f"limit ({used:.0f} ms of CPU) and was stopped", used)

    def _answer(self, size: int, keep: int, seconds: float) -> bytes | None | Death:
        """The answer that follows a result's header: its text, None if longer than `keep`."""
        try:
            return self.lines.block(size, keep, time.monotonic() + seconds + size / 50e6)
        except _Timeout:
            self._kill()
            return Death(Verdict.RE, f"{protocol.TAMPERED}: its answer stopped short of its announced "
                                      "length")
        except EOFError:
            return self._closed()
        except protocol.BadMessage as e:
            self._kill()
            return Death(Verdict.RE, f"{protocol.TAMPERED}: {e}")

    def _exchange(self, message: bytes, seconds: float) -> protocol.Message | Death:
        """Send `message` (if any), then read the next message, both within `seconds`; a worker
        that will not take its input for longer than a case may last is not coming back for it."""
        now, size = time.monotonic(), len(message) / 50e6          # big inputs take a moment
        deadline = now + seconds + size
        send_by = min(deadline, now + self.limits.case_time_ms / 1000 + GRACE_S + size)
        try:
            line = self.lines.read(deadline) if self._send(message, send_by) else None
            return self._closed() if line is None else protocol.decode(line)
        except _OverCPU as over:
            self._kill()
            return Death(Verdict.TLE, str(over), cpu_ms=over.cpu_ms)
        except _Stalled:
            self._kill()
            return Death(Verdict.TLE, f"the worker stopped reading its input for "
                                       f"{send_by - now:.1f} s and was killed")
        except _Timeout:
            self._kill()
            return Death(Verdict.TLE, f"stopped after {seconds:.1f} s of wall time: the solution "
                                       "ignored the time limit (or blocked in C) and was killed")
        except _Flood:
            self._kill()
            return Death(Verdict.RE, f"{protocol.TAMPERED}: a line longer than "
                                      f"{answers.size_text(protocol.HEADER_BYTES)}, which no message is")
        except protocol.BadMessage as e:    # the worker writes its messages; a solution, anything
            self._kill()
            return Death(Verdict.RE, f"{protocol.TAMPERED}: {e}")

    def _closed(self) -> Death:
        """The result pipe ended: the worker died, or its solution closed the pipe and lives on
        (then `_death` says so). Reaped by wait4 alone, which keeps the kernel's figures."""
        return self._death()

    def _death(self) -> Death:
        """How the worker died, from facts: its exit status and what the kernel counted.

        It closed its pipe by itself (a kill by the watchdog is a time-out, decided elsewhere), so
        neither a signal nor text on stderr says what happened: a solution can send itself SIGKILL
        or print "MemoryError". A time-out is decided from the CPU time it used, memory from the
        peak the kernel reports.
        """
        code, usage = self._reap()
        if code is None:
            return Death(Verdict.RE, f"{protocol.TAMPERED}: it closed or replaced the channel and "
                                      "kept running, and was stopped")
        self.stderr.seek(0, os.SEEK_END)
        self.stderr.seek(max(0, self.stderr.tell() - 4000))
        tail = self.stderr.read().decode("utf-8", "backslashreplace")
        cpu_s = usage.ru_utime + usage.ru_stime if usage else None
        facts = dict(cpu_ms=max(0.0, (cpu_s - self.cpu_mark) * 1000) if cpu_s is not None else 0.0,
                     memory_kb=_own_peak_kb(usage), stderr=tail)
        limit_s = _cpu_rlimit_s(self.limits)
        # The kernel's own CPU limit, not a signal the solution sent itself. wait4's figure can
        # trail the count the kernel enforces by some percent on a loaded machine (SIGXCPU at
        # 21.9 s of rusage under a 23 s limit was seen), hence KERNEL_CPU_SLACK.
        if code in (-signal.SIGXCPU, -signal.SIGKILL) and cpu_s is not None and \
                cpu_s >= KERNEL_CPU_SLACK * limit_s - 0.05:
            return Death(Verdict.TLE, f"the worker's CPU time limit of {limit_s} s ran out "
                                       "(module-level code counts towards it)", **facts)
        if facts["memory_kb"] >= self.limits.memory_mb * 1024:
            return Death(Verdict.MLE, f"the process died holding {facts['memory_kb'] // 1024} MB, "
                                       f"more than the {self.limits.memory_mb} MB limit", **facts)
        if code == -signal.SIGSEGV:
            return Death(Verdict.RE, "the process crashed (segmentation fault); very deep "
                                      "recursion through C code is the usual cause", **facts)
        if code == -signal.SIGXFSZ:
            return Death(Verdict.RE, "the process was killed by signal 25 (SIGXFSZ), which the "
                                      "kernel sends when a file grows past the 16 MB output "
                                      "limit", **facts)
        if code is not None and code < 0:
            return Death(Verdict.RE, f"the process was killed by signal {-code} "
                                      f"({_signal_name(-code)})", **facts)
        last = tail.strip().splitlines()[-1] if tail.strip() else ""
        return Death(Verdict.RE, f"the process exited (status {code}) without giving an answer"
                      + (f": {last}" if last else ""), **facts)

    def _reap(self):
        """Wait (CLOSED_S at most) for the worker to end, and take its resource usage from wait4;
        (None, None) when it had to be killed."""
        usage, deadline = None, time.monotonic() + CLOSED_S
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
