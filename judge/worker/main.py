"""The child side: import the user's solution and call it once per case.

This module runs in a separate process started by judge.engine.spawn and is the only place
user code executes. It never sees an expected answer: it receives a case's arguments, calls the
solution, and sends back plain JSON data (the answer, the times, the captured output, or what
went wrong) over a private pipe. Verdicts are decided by the parent.

The messages are judge.engine.protocol's: the worker confines itself (worker/sandbox.py) and
answers `sandbox` before any of the solution's code runs, then `ready` or `compile_error` (or
stops there, when the sandbox is partial and the setup requires it), then one `result` per case.
The solution can write to the pipe too: the parent trusts nothing on it but an answer to the
case it asked.
"""

from __future__ import annotations

import codecs
import errno
import gc
import io
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
ANSWER_DEPTH = 500               # nesting of an answer the parent's JSON decoder surely reads
STACK_BYTES = 512 * 2**20
OUTPUT_BYTES = 16 * 2**20        # what the solution may write to its file descriptors in all
STDOUT_KEEP = 8_000              # characters of a case's printed output that travel back


class _Binary(io.RawIOBase):
    """`.buffer` of a _Capture: bytes written here are decoded (UTF-8) into the capture."""

    def __init__(self, capture: "_Capture"):
        self.capture = capture
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        self.capture.write(self.decoder.decode(data))
        return len(data)


class _Capture(io.TextIOBase):
    """Stands in for sys.stdout or sys.stderr during a call: keeps the start of what is written,
    counts the rest (so output never grows past STDOUT_KEEP), and offers what honest code uses of
    a real stream: writelines, buffer, encoding, fileno (the real descriptor, whose output goes
    to the worker's log)."""

    def __init__(self, real_fd: int):
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0
        self.real_fd = real_fd
        self.buffer = _Binary(self)

    def write(self, text):
        text = str(text)
        room = STDOUT_KEEP - self.kept
        if room > 0 and text:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return self.real_fd

    def reconfigure(self, **_options):
        """Accepted and ignored: the capture keeps text whatever the encoding asked for."""

    def text(self) -> str:
        tail = f"\n... ({self.dropped} more characters not shown)" if self.dropped else ""
        return "".join(self.parts) + tail


def _vm_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * resource.getpagesize()


def set_limits(memory_mb: int, run_cpu_s: float) -> None:
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


def _user_traceback(exc: BaseException, filename: str, text: str | None = None) -> str:
    """The traceback trimmed to the solution's own frames, as `path:LINE in name` lines: the three
    outermost and the three innermost, when there are more (a RecursionError has 100 000).

    `text` is what str(exc) gave, when the caller already called it (it is the solution's code:
    called once). The frames are picked with a plain loop before any source line is looked up,
    because all of this is billed to the solution.
    """
    first: list = []
    last: deque = deque(maxlen=3)
    count, tb = 0, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            count += 1
            (first if len(first) < 3 else last).append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    frames = traceback.StackSummary.extract(iter(first + list(last)))
    lines = [f"{f.filename}:{f.lineno} in {f.name}\n    {(f.line or '').strip()}" for f in frames]
    if count > 6:
        lines.insert(3, f"... ({count - 6} more frames of the solution)")
    label = _type_label(exc)
    text = _safe_str(exc) if text is None else text
    lines.append(f"{label}: {text}" if text else label)
    return "\n".join(lines)


def _type_label(exc: BaseException) -> str:
    """`module.Name` as tracebacks print it, read so that a metaclass cannot run code or lie."""
    cls = type(exc)
    name = type.__dict__["__qualname__"].__get__(cls)
    module = type.__dict__["__module__"].__get__(cls)
    return f"{module}.{name}" if type(module) is str and module not in ("__main__", "builtins") \
        else name


def _type_name(exc: BaseException) -> str:
    """The class's name as the interpreter holds it: a metaclass cannot lie about it."""
    return type.__dict__["__name__"].__get__(type(exc))


def _safe_str(exc: BaseException) -> str:
    """str(exc), or a note saying how it failed: a solution's __str__ may raise or return junk."""
    import timeout_decorator

    try:
        text = str(exc)
    except timeout_decorator.TimeoutError:
        raise               # the case's time ran out in the solution's __str__
    except BaseException as e:
        return f"<str() failed: {_type_name(e)}>"
    return text if type(text) is str else f"<str() failed: {type(text).__name__}>"


def _compile_error(exc: BaseException, filename: str) -> dict:
    if type(exc) in (SyntaxError, IndentationError, TabError):
        # The fields are the solution's to set (it may raise a SyntaxError of its own making;
        # a subclass of its own goes the traceback's way): each is used only when it has the
        # type the compiler gives it.
        line = exc.lineno if type(exc.lineno) is int else None
        name = exc.filename if type(exc.filename) is str and exc.filename else filename
        where = f"{name}:{line}" if line is not None else name
        text = exc.text.rstrip("\n") if type(exc.text) is str else ""
        offset = exc.offset if type(exc.offset) is int else 0
        caret = ""
        if text and offset > 0:
            caret = "\n    " + " " * max(0, offset - 1 - (len(text) - len(text.lstrip()))) + "^"
        message = f"{type(exc).__name__}: {_safe_str_of(exc.msg)} ({where})"
        detail = f"{message}\n    {text.strip()}{caret}" if text else message
        if _looks_like_python2(exc):
            detail += "\nHint: this looks like Python 2 code; the judge runs Python 3 " \
                      "(print is a function: print(x))."
        return {"event": protocol.COMPILE_ERROR, "message": message, "detail": detail,
                "line": line}
    detail = _user_traceback(exc, filename)
    return {"event": protocol.COMPILE_ERROR, "line": None, "detail": detail,
            "message": f"importing the solution failed: {detail.splitlines()[-1]}"}


def _safe_str_of(value) -> str:
    return value if type(value) is str else f"<{type(value).__name__}>"


def _looks_like_python2(exc: SyntaxError) -> bool:
    text = exc.text.strip() if type(exc.text) is str else ""
    msg = exc.msg if type(exc.msg) is str else ""
    return ("print" in msg and "parentheses" in msg) or \
        text.startswith(("print ", "exec ")) or "except " in text and ", " in text


class _NoEntryPoint(Exception):
    pass


def _load(source_latin1: str, shown: str, method: str, functions: list[str], names: dict,
          design: dict | None = None):
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
    if design is not None:
        cls = module.__dict__.get(design["class"])
        if not isinstance(cls, type):
            raise _NoEntryPoint(f"no `class {design['class']}`")
        return lambda: _Calls(cls, design["void"])
    cls = module.__dict__.get("Solution")
    if isinstance(cls, type) and callable(getattr(cls, method, None)):
        return lambda: getattr(cls(), method)
    for name in functions:
        fn = module.__dict__.get(name)
        if callable(fn):
            return lambda: fn
    names = " or ".join(f"`{n}`" for n in functions)
    raise _NoEntryPoint(f"no `class Solution` with a `{method}` method, and no function {names}")


class _Calls:
    """A design problem's case: construct the class, call its methods in order, keep what each
    call returned (None for the constructor and for methods LeetCode shows as null). `at` is the
    index of the call running, so that a failure can name it."""

    def __init__(self, cls: type, void: list[str]):
        self.cls, self.void, self.at = cls, frozenset(void), 0

    def __call__(self, operations: list, arguments: list) -> list:
        self.at = 0
        obj = self.cls(*arguments[0])
        returns = [None]
        void = self.void
        for i in range(1, len(operations)):
            self.at = i
            name = operations[i]
            value = getattr(obj, name)(*arguments[i])
            returns.append(None if name in void else value)
            value = None
        return returns


def _call_label(args: list, at: int) -> str:
    """`call 5: findMedian()`: a design case's call, counted from 1 as LeetCode's lists are read."""
    operations, arguments = args
    shown = ", ".join(json.dumps(a) for a in arguments[at])
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"call {at + 1}: {operations[at]}({shown})"


def _plain(value):
    """json's hook for values that are not JSON already: a deque reads as the list it holds."""
    if isinstance(value, deque):
        return list(value)
    raise TypeError(f"a {type(value).__name__} is not a valid answer")


def _attempt(factory, args: list, shown: str, mutated: int | None = None,
             mutates: str = "") -> dict:
    """All that the solution's code takes part in for one case, so that it runs under the case's
    time-out: the call, its exception's __str__, encoding its answer (a dict subclass's items),
    and dropping the answer (its __del__).

    With `mutates`, the answer is the return value and that argument as the solution left it
    (`{"return": ..., "nums": [...]}`); for a design problem, the list of the calls' returns."""
    import timeout_decorator

    answer = None
    target = None
    try:
        target = factory()
        answer = target(*args)
        if mutated is not None:
            answer = {protocol.RETURN: answer, mutates: args[mutated]}
    except timeout_decorator.TimeoutError:
        raise
    except MemoryError:
        gc.collect()
        return {"status": protocol.MEMORY}
    except BaseException as e:  # the solution's failure, whatever it is, is data for the parent
        if isinstance(e, OSError) and OSError.__dict__["errno"].__get__(e) == errno.ENOMEM:
            return {"status": protocol.MEMORY}        # mmap and the like: MLE too
        text = _safe_str(e)
        found = {"status": protocol.ERROR, "message": text[:500],
                 "error_type": type.__dict__["__name__"].__get__(type(e)),
                 "traceback": _user_traceback(e, shown, text[:2000])}
        if type(target) is _Calls:
            found["call"] = _call_label(args, target.at)
        return found
    try:
        return {"status": protocol.OK, "answer": _encode(answer)}
    except timeout_decorator.TimeoutError:
        raise
    except MemoryError:
        return {"status": protocol.MEMORY}
    except BaseException as e:  # a set, an object, NaN, a cycle: not an answer LeetCode could read
        where, value = _culprit(answer, args, type(target) is _Calls, mutates if mutated is not
                                None else "")
        kind = type.__dict__["__name__"].__get__(type(value))
        if isinstance(e, RecursionError):
            return {"status": protocol.BAD_RETURN,
                    "message": f"{where}returned a {kind} nested more than {ANSWER_DEPTH} "
                               "levels deep"}
        return {"status": protocol.BAD_RETURN, "message": f"{where}returned {kind}: "
                                                         f"{_safe_str(e)[:500]}"}
    finally:
        answer = target = None


def _culprit(answer, args: list, design: bool, mutates: str) -> tuple[str, object]:
    """Which part of an answer that would not encode is to blame, and where it came from: the
    call of a design case, or the changed argument of an in-place one (after the return)."""
    import timeout_decorator

    def encodes(value) -> bool:
        try:
            _encode(value)
        except timeout_decorator.TimeoutError:
            raise
        except BaseException:
            return False
        return True

    if design:
        i = next((i for i, value in enumerate(answer) if not encodes(value)), 0)
        return _call_label(args, i) + " ", answer[i]
    if mutates:
        if not encodes(answer[protocol.RETURN]):
            return "", answer[protocol.RETURN]
        return f"left {mutates} holding what is not an answer: it ", answer[mutates]
    return "", answer


def _encode(answer) -> str:
    """The answer as JSON; RecursionError when it is nested deeper than ANSWER_DEPTH (the C
    encoder counts each level against the recursion limit, so this costs nothing per element)."""
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(2 * depth + ANSWER_DEPTH)   # C calls may count beside frames
    try:
        return json.dumps(answer, default=_plain, allow_nan=False)
    finally:
        sys.setrecursionlimit(limit)


def _call(factory, name: str, args: list, shown: str, wall_s: float,
          mutates: tuple = ()) -> tuple[bytes, ...]:
    import timeout_decorator

    out, err = _Capture(1), _Capture(2)
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    cpu0, wall0 = time.process_time(), time.monotonic()
    try:
        outcome = timeout_decorator.timeout(wall_s)(_attempt)(factory, args, shown, *mutates)
        if time.monotonic() - wall0 >= wall_s:  # the time-out was swallowed: in a __del__, say
            outcome = {"status": protocol.TIMEOUT}
    except timeout_decorator.TimeoutError:
        outcome = {"status": protocol.TIMEOUT}
    except MemoryError:
        outcome = {"status": protocol.MEMORY}
    except BaseException as e:  # raised where _attempt cannot catch it: a signal's handler, say
        outcome = {"status": protocol.ERROR, "error_type": type.__dict__["__name__"].__get__(type(e)),
                   "message": "", "traceback": ""}
    finally:
        sys.stdout, sys.stderr = real
    # A figure for the log only: the parent bills the CPU time the kernel counts.
    cpu = time.process_time() - cpu0
    answer_json = outcome.pop("answer", "null")
    return protocol.result({"name": name, **outcome, "cpu_ms": cpu * 1000,
                            "stdout": out.text(), "stderr": err.text()}, answer_json)


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when the judge dies, even by SIGKILL.

    The signal comes when the *thread* that started the worker ends: spawn.Worker lives and
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
    signal.pthread_sigmask(signal.SIG_SETMASK, ())   # a judge may block Ctrl-C while it starts us
    # All that does not depend on the setup comes first, while the judge may still be preparing
    # it (judge.engine.launch starts workers ahead of need).
    import timeout_decorator  # noqa: F401  (loaded before the limits and the user's code)
    from judge.worker import sandbox
    from judge.worker.leetcode_env import namespace

    names = namespace()     # LeetCode's implicit imports, loaded before the sandbox closes files
    commands = os.fdopen(cmd_fd, "rb", buffering=1 << 16)
    send = _sender(result_fd)
    setup = json.loads(commands.readline())
    shown = setup["shown"]
    set_limits(setup["memory_mb"], setup["run_cpu_s"])
    status = sandbox.apply(setup["scratch"], setup["hidden"], setup["judge_home"])
    # Sent before any of the solution's code runs, so the solution cannot forge it.
    send(protocol.encode({"event": protocol.SANDBOX, **status.to_json()}))
    if setup.get("require_sandbox") and not status.full:
        return
    try:
        factory = _load(setup["source"], shown, setup["method"], setup["functions"], names,
                        setup.get("design"))
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
    mutates = (params.index(setup["mutates"]), setup["mutates"]) if setup.get("mutates") else ()
    for line in commands:
        case = json.loads(line)
        args = [case["args"][p] for p in params]
        send(*_call(factory, case["name"], args, shown, setup["case_wall_s"], mutates))
        del args, case
