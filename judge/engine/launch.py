"""Start worker processes, also ahead of need: a worker's start (an interpreter, the worker's
own imports) is the same for every solution, so `judge run` and `judge test` start one first
thing, while they still load what they need to judge, and judge.engine.spawn.Worker takes it.

A launched worker waits for its setup on its command pipe (judge.engine.protocol); until then
it has run none of the solution's code. Import-light on purpose: the CLI imports this before
anything else.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from typing import BinaryIO

from judge.engine.scratch import remove_scratch, scratch, worker_env
from judge.errors import InternalError

# The folder that holds the judge package: a checkout's root (with problems/ beside it) or the
# site-packages of an installed wheel (with judge/problems/ in it). Never granted to a worker.
PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))

# -I ignores PYTHON* variables and the user's site-packages; -S skips `site`, whose start-up
# hooks (editable installs, .pth files) cost tens of milliseconds. The worker's path is given
# explicitly instead: this package, then the folders that hold its runtime dependencies.
BOOT = "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); " \
       "from judge.worker.main import main; main(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))"

DEPENDENCIES = ("timeout_decorator", "sortedcontainers")    # what the worker imports
RUN_JOBS = 4        # workers for one run at most: past that, they mostly start and wait


def available_cores() -> int:
    """The cores this process may run on (its affinity, as a container or `taskset` sets it)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_jobs() -> int:
    """Workers for one `judge run` when the user does not say: one per core, RUN_JOBS at most."""
    return min(RUN_JOBS, available_cores())


def worker_path() -> list[str]:
    """The worker's import path: this package, then the folders of its runtime dependencies."""
    import importlib.util
    import sysconfig

    found = [PACKAGE_PARENT]
    for module in DEPENDENCIES:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            raise InternalError(f"the judge needs the {module} package: pip install {module}")
        found.append(os.path.dirname(os.path.dirname(spec.origin)))
    return list(dict.fromkeys(found + [sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]))


@dataclass(frozen=True)
class Launched:
    """A started worker: its process and the parent's ends of its pipes, its log (its file
    descriptors 1 and 2) and its scratch folder. Whoever takes it closes it (close)."""

    process: subprocess.Popen
    cmd_write: int          # non-blocking
    result_fd: int
    log: BinaryIO           # its file descriptors 1 and 2 (a temporary file)
    folder: str

    def close(self) -> None:
        """Close the parent's ends, the log and the folder (the process is killed and reaped
        by its owner first)."""
        for fd in (self.cmd_write, self.result_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.log.close()
        remove_scratch(self.folder)


def launch() -> Launched:
    """Start a worker now; InternalError when the interpreter cannot be started."""
    cmd_read, cmd_write = os.pipe()
    result_fd, result_write = os.pipe()
    log = tempfile.TemporaryFile()
    folder = scratch()
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", BOOT, json.dumps(worker_path()), str(cmd_read),
             str(result_write), str(os.getpid())],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, pass_fds=(cmd_read, result_write),
            start_new_session=True, cwd=folder, env=worker_env(folder))
    except BaseException as e:      # KeyboardInterrupt too: nothing of it may be left
        Launched(None, cmd_write, result_fd, log, folder).close()
        if isinstance(e, OSError):
            raise InternalError(f"cannot start a worker with {sys.executable}: {e}") from None
        raise
    finally:
        os.close(cmd_read)
        os.close(result_write)
    # Non-blocking: select says a pipe has room, not that it has room for a whole chunk.
    os.set_blocking(cmd_write, False)
    return Launched(process, cmd_write, result_fd, log, folder)


_ready: list[Launched] = []     # started ahead of need, not taken yet
_lock = threading.Lock()


def prestart(count: int) -> None:
    """Start `count` workers for the Worker objects to come. Those not taken by the time the
    judge exits are killed then. A worker dies with the thread that started it (its
    PR_SET_PDEATHSIG): call this from the main thread, with Ctrl-C held (judge.cli.main holds
    it while it starts up), or a KeyboardInterrupt inside Popen leaves a worker nobody knows."""
    if not _ready:
        atexit.register(discard)
    for _ in range(count):
        try:
            started = launch()
        except InternalError:
            return          # the Worker that needs one will say why
        with _lock:
            _ready.append(started)


def take() -> Launched:
    """A worker started ahead of need, or a new one."""
    with _lock:
        if _ready:
            return _ready.pop(0)
    return launch()


def discard() -> None:
    """Kill the workers started ahead and not taken, and remove their folders (at exit)."""
    with _lock:
        left = _ready[:]
        _ready.clear()
    for started in left:
        try:
            os.killpg(started.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        started.process.wait()
        started.close()
