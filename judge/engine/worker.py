"""The child side: import the user's solution and call it once per case.

This module runs in a separate process started by runner.py and is the only place user code
executes. It never sees an expected answer: it receives a case's arguments, calls the solution,
and sends back plain JSON data (the answer, the times, the captured output, or what went wrong)
over a private pipe. Verdicts are decided by the parent.

The messages are protocol.py's: the worker confines itself (sandbox.py) and answers `sandbox`
before any of the solution's code runs, then `ready` or `compile_error` (or stops there, when the
sandbox is partial and the setup requires it), then one `result` per case. The solution can
write to the pipe too: the parent trusts nothing on it but an answer to the case it asked.
"""

from __future__ import annotations

import errno
import gc
import json
import linecache
import os
import resource
import select
import signal
import sys
import time
import traceback
import types
from collections import deque

from judge.engine import protocol

RECURSION_LIMIT = 100_000
STACK_BYTES = 512 * 2**20
OUTPUT_BYTES = 16 * 2**20        # what the solution may write to its file descriptors in all
STDOUT_KEEP = 8_000              # characters of a case's printed output that travel back


class _Capture:
    """Stands in for sys.stdout during a call: keeps the start of what is printed, counts the rest."""

    def __init__(self):
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0

    def write(self, text):
        text = str(text)
        room = STDOUT_KEEP - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def text(self) -> str:
        tail = f"\n... ({self.dropped} more characters not shown)" if self.dropped else ""
        return "".join(self.parts) + tail


def _vm_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * resource.getpagesize()


def _set_limits(memory_mb: int, run_cpu_s: float) -> None:
    """Hard limits equal soft ones (plus a second for CPU), so the solution cannot lift them."""
    address_space = _vm_bytes() + memory_mb * 2**20 + STACK_BYTES // 8
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    cpu = int(run_cpu_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    _, hard = resource.getrlimit(resource.RLIMIT_STACK)
    stack = STACK_BYTES if hard == resource.RLIM_INFINITY else min(STACK_BYTES, hard)
    resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_BYTES, OUTPUT_BYTES))
    sys.setrecursionlimit(RECURSION_LIMIT)


def _user_traceback(exc: BaseException, filename: str) -> str:
    """The traceback trimmed to the solution's own frames, as `path:LINE in name` lines."""
    # Pick the frames before looking up their source lines: a RecursionError has 100 000.
    raw = [(f, n) for f, n in traceback.walk_tb(exc.__traceback__)
           if f.f_code.co_filename == filename]
    if isinstance(exc, RecursionError) and len(raw) > 6:
        raw = raw[:3] + raw[-3:]
    frames = traceback.StackSummary.extract(iter(raw))
    lines = [f"{f.filename}:{f.lineno} in {f.name}\n    {(f.line or '').strip()}" for f in frames]
    lines.append("".join(traceback.format_exception_only(type(exc), exc)).strip())
    return "\n".join(lines)


def _compile_error(exc: BaseException, filename: str) -> dict:
    if isinstance(exc, SyntaxError):
        where = f"{exc.filename or filename}:{exc.lineno}"
        text = (exc.text or "").rstrip("\n")
        caret = ""
        if text and exc.offset:
            caret = "\n    " + " " * (exc.offset - 1 - (len(text) - len(text.lstrip()))) + "^"
        message = f"{type(exc).__name__}: {exc.msg} ({where})"
        detail = f"{message}\n    {text.strip()}{caret}" if text else message
        if _looks_like_python2(exc):
            detail += "\nHint: this looks like Python 2 code; the judge runs Python 3 " \
                      "(print is a function: print(x))."
        return {"event": protocol.COMPILE_ERROR, "message": message, "detail": detail,
                "line": exc.lineno}
    detail = _user_traceback(exc, filename)
    return {"event": protocol.COMPILE_ERROR, "line": None, "detail": detail,
            "message": f"importing the solution failed: {detail.splitlines()[-1]}"}


def _looks_like_python2(exc: SyntaxError) -> bool:
    text = (exc.text or "").strip()
    return ("print" in (exc.msg or "") and "parentheses" in (exc.msg or "")) or \
        text.startswith(("print ", "exec ")) or "except " in text and ", " in text


class _NoEntryPoint(Exception):
    pass


def _load(source_latin1: str, shown: str, method: str, functions: list[str], names: dict):
    """Execute the solution as a module named `solution`; return a factory for the callable.

    The source comes from the parent (its bytes, as latin-1 text in the setup line): the worker
    may not read the file, so a path the submission names is never granted. Compiled from the
    bytes, so that Python itself decodes them (a coding cookie, invalid UTF-8: a SyntaxError)."""
    raw = source_latin1.encode("latin-1")
    source = raw.decode("utf-8", errors="replace")
    # Tracebacks quote the solution's lines; the worker's cwd is its scratch folder, not the user's.
    linecache.cache[shown] = (len(source), None, source.splitlines(True), shown)
    module = types.ModuleType("solution")
    module.__dict__.update(names)
    module.__file__ = shown
    sys.modules["solution"] = module
    code = compile(raw, shown, "exec")
    exec(code, module.__dict__)
    cls = module.__dict__.get("Solution")
    if isinstance(cls, type) and callable(getattr(cls, method, None)):
        return lambda: getattr(cls(), method)
    for name in functions:
        fn = module.__dict__.get(name)
        if callable(fn):
            return lambda: fn
    names = " or ".join(f"`{n}`" for n in functions)
    raise _NoEntryPoint(f"no `class Solution` with a `{method}` method, and no function {names}")


def _plain(value):
    """json's hook for values that are not JSON already: a deque reads as the list it holds."""
    if isinstance(value, deque):
        return list(value)
    raise TypeError(f"a {type(value).__name__} is not a valid answer")


def _call(factory, name: str, args: list, shown: str, wall_s: float) -> tuple[bytes, ...]:
    import timeout_decorator

    capture = _Capture()
    real_stdout = sys.stdout
    result: dict = {"name": name}
    status, answer, stopped = "ok", None, None
    sys.stdout = capture
    cpu0 = time.process_time()
    try:
        fn = factory()
        answer = timeout_decorator.timeout(wall_s)(fn)(*args)
    except timeout_decorator.TimeoutError:
        status = "timeout"
    except MemoryError:
        status = "memory"
        gc.collect()
    except BaseException as e:  # the solution's failure, whatever it is, is data for the parent
        # Formatting 100 000 frames of a RecursionError takes most of a second: the judge's
        # time, not the solution's.
        stopped = time.process_time()
        status = "error"
        if isinstance(e, OSError) and e.errno == errno.ENOMEM:   # mmap and the like: MLE too
            status = "memory"
        result.update(error_type=type(e).__name__, message=str(e)[:500],
                      traceback=_user_traceback(e, shown))
    finally:
        cpu = (stopped or time.process_time()) - cpu0
        sys.stdout = real_stdout
    result.update(status=status, cpu_ms=cpu * 1000, stdout=capture.text())
    answer_json = "null"
    if status == "ok":
        try:
            answer_json = json.dumps(answer, default=_plain, allow_nan=False)
        except MemoryError:
            result["status"] = "memory"
        except Exception as e:  # a set, an object, NaN, a cycle: not an answer LeetCode could read
            result.update(status="bad_return", message=f"returned {type(answer).__name__}: {e}")
    answer = None
    return protocol.result(result, answer_json)


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when the judge dies, even by SIGKILL.

    The signal comes when the *thread* that started the worker ends: runner.Worker lives and
    dies in one thread, so that is the judge's thread that waits on this worker.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    ctypes.CDLL(None).prctl(1, signal.SIGKILL)        # PR_SET_PDEATHSIG
    if parent and os.getppid() != parent:              # the judge died before the line above
        os._exit(1)


def _sender(fd: int):
    """Write whole messages on `fd`, even if the solution made it non-blocking."""

    def send(*parts: bytes) -> None:
        for part in parts:
            view = memoryview(part)
            while view:
                try:
                    view = view[os.write(fd, view):]
                except BlockingIOError:
                    select.select([], [fd], [])

    return send


def main(cmd_fd: int, result_fd: int, parent: int = 0) -> None:
    _die_with(parent)
    commands = os.fdopen(cmd_fd, "rb", buffering=1 << 16)
    send = _sender(result_fd)
    setup = json.loads(commands.readline())
    shown = setup["shown"]
    import timeout_decorator  # noqa: F401  (loaded before the limits and the user's code)
    from judge.engine import sandbox
    from judge.engine.leetcode_env import namespace

    names = namespace()     # LeetCode's implicit imports, loaded before the sandbox closes files
    _set_limits(setup["memory_mb"], setup["run_cpu_s"])
    status = sandbox.apply(setup["scratch"], setup["hidden"])
    # Sent before any of the solution's code runs, so the solution cannot forge it.
    send(protocol.encode({"event": protocol.SANDBOX, **status.to_json()}))
    if setup.get("require_sandbox") and not status.full:
        return
    try:
        factory = _load(setup["source"], shown, setup["method"], setup["functions"], names)
    except _NoEntryPoint as e:
        send(protocol.encode({"event": protocol.COMPILE_ERROR, "message": str(e),
                              "detail": str(e), "line": None}))
        return
    except BaseException as e:
        sys.stdout = sys.__stdout__
        send(protocol.encode(_compile_error(e, shown)))
        return
    send(protocol.encode({"event": protocol.READY}))
    params = setup["params"]
    for line in commands:
        case = json.loads(line)
        args = [case["args"][p] for p in params]
        send(*_call(factory, case["name"], args, shown, setup["case_wall_s"]))
        del args, case
