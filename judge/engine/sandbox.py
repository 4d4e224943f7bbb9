"""The sandbox around a solution, enforced by the kernel, never by Python (audit hooks and the
like can be walked around with ctypes, so they could add warnings at best).

`apply` runs in the worker after the interpreter, timeout_decorator and the LeetCode names are
loaded and the time and memory limits are set, and before the solution's file is read. Layers:

  session       the worker leads its own session and process group, so that killing the group
                kills all of it (runner.py starts it so; checked here)
  rlimits       hard limits equal to soft ones (CPU: one second above, for a clean SIGXCPU), no
                core files, few open files
  capabilities  all dropped, so that even a judge run as root gives the solution no privilege
  no_new_privs  nothing it could run gains privileges; Landlock and seccomp need it
  landlock      read only the Python installation, the shared libraries it loads and the solution
                file; write only a private scratch folder; no TCP bind or connect (ABI 4); no
                signals or abstract sockets beyond the worker (ABI 6)
  seccomp       no processes, programs, sockets, signals or limits aimed at other processes
                (seccomp.py has the list)

The parent side (runner.py) makes the scratch folder, gives the worker a clean environment,
removes the folder afterwards and shows `Status.text` in the report. `doctor` checks a machine.

The values here are NamedTuples, immutable like the frozen dataclasses elsewhere: importing
dataclasses would cost every worker 5 ms, more than the whole sandbox.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import stat
import sys
from typing import NamedTuple

from judge.engine import landlock
from judge.engine import seccomp

PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
OPEN_FILES = 64
LAYERS = ("session", "rlimits", "capabilities", "no_new_privs", "landlock", "seccomp",
          "signal_scope")
ABI_KNOB = "JUDGE_LANDLOCK_ABI_MAX"   # a test knob: act as on a kernel with this Landlock ABI
SCRATCH_FILES = 4_096                 # files and folders a worker may make in its scratch folder


class Layer(NamedTuple):
    name: str
    active: bool
    detail: str         # what it does here, or why it is off


class Status(NamedTuple):
    layers: tuple[Layer, ...]

    @property
    def full(self) -> bool:
        return {layer.name for layer in self.layers if layer.active} >= set(LAYERS)

    @property
    def text(self) -> str:
        """`full`, or `partial (no landlock, no seccomp)`: what every report says."""
        active = {layer.name for layer in self.layers if layer.active}
        missing = [name for name in LAYERS if name not in active]
        return "full" if not missing else "partial (" + ", ".join(f"no {m}" for m in missing) + ")"

    def to_json(self) -> dict:
        return {"layers": [[layer.name, layer.active, layer.detail] for layer in self.layers]}

    @staticmethod
    def from_json(data: dict) -> Status:
        return Status(tuple(Layer(str(n), bool(a), str(d)) for n, a, d in data.get("layers", [])))


# --- worker side -----------------------------------------------------------------------------

def apply(scratch: str, hidden: list[str]) -> Status:
    """Confine this process for good; say which layers hold. Nothing here needs root.

    The solution's file is not among what it may read: the parent hands the worker its source,
    so that no path a submission names (a symlink to the reference, say) is ever granted."""
    if not sys.platform.startswith("linux"):
        return Status(tuple(Layer(name, False, "Linux only") for name in LAYERS))
    layers = [_session(), _rlimits(), _hide(hidden, scratch), _capabilities(), _no_new_privs()]
    scoped = False
    if layers[-1].active:
        layer, scoped = _landlock(readable(hidden), scratch)
        layers += [layer, _seccomp()]
    else:
        layers += [Layer(name, False, "needs no_new_privs") for name in ("landlock", "seccomp")]
    layers.append(_signal_scope(scoped, layers[-1].active))
    return Status(tuple(layers))


def readable(hidden: list[str]) -> list[str]:
    """What a solution may read: the interpreter's import path and the folders of the shared
    libraries it has loaded (C extensions load more from there), minus the folder that holds
    the judge package (a checkout's root with problems/ in it, or the site-packages of an
    installed wheel, whose judge/problems/ are the hidden data) and anything holding `hidden`."""
    found = [p for p in sys.path if p and os.path.exists(p)]
    try:
        with open("/proc/self/maps") as maps:
            mapped = [line.split(None, 5)[-1].strip() for line in maps]
    except OSError:
        mapped = []
    found += {os.path.dirname(m) for m in mapped
              if m.startswith("/") and ".so" in os.path.basename(m)}
    found.append("/etc/ld.so.cache")
    secret = hidden + [PACKAGE_PARENT]
    return [path for path in dict.fromkeys(os.path.realpath(p) for p in dict.fromkeys(found))
            if path != "/" and not any(h == path or h.startswith(path + "/") for h in secret)]


def _session() -> Layer:
    pid = os.getpid()
    if os.getsid(0) == pid and os.getpgrp() == pid:
        return Layer("session", True, f"own session and process group {pid}")
    return Layer("session", False, "the worker was not started in a session of its own")


def _rlimits() -> Layer:
    files = min(OPEN_FILES, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    for limit, value in ((resource.RLIMIT_CORE, 0), (resource.RLIMIT_MSGQUEUE, 0),
                         (resource.RLIMIT_NOFILE, files)):
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError) as e:
            return Layer("rlimits", False, f"cannot set limit {limit}: {e}")
    get = resource.getrlimit
    loose = [name for name in ("AS", "STACK", "FSIZE", "CORE", "NOFILE", "MSGQUEUE")
             if len(set(get(getattr(resource, f"RLIMIT_{name}")))) != 1
             or get(getattr(resource, f"RLIMIT_{name}"))[0] == resource.RLIM_INFINITY]
    soft, hard = get(resource.RLIMIT_CPU)
    if soft == resource.RLIM_INFINITY or hard - soft > 1:
        loose.append("CPU")
    if loose:
        return Layer("rlimits", False, "not fixed: " + ", ".join(loose))
    memory = get(resource.RLIMIT_AS)[0] >> 20
    return Layer("rlimits", True, f"memory {memory} MB, CPU {soft} s, output "
                                  f"{get(resource.RLIMIT_FSIZE)[0] >> 20} MB, no core files, "
                                  f"{files} open files; hard limits fixed")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


_libc = ctypes.CDLL(None, use_errno=True)


def _capabilities() -> Layer:
    data = (_CapData * 2)()
    if _libc.capset(ctypes.byref(_CapHeader(0x20080522, 0)), data) != 0:   # version 3, self
        return Layer("capabilities", False, f"capset: {os.strerror(ctypes.get_errno())}")
    _libc.prctl(47, 4, 0, 0, 0)                  # PR_CAP_AMBIENT_CLEAR_ALL (Linux 4.3+)
    held = "root, " if os.geteuid() == 0 else ""
    return Layer("capabilities", True, f"{held}all capabilities dropped")


def _no_new_privs() -> Layer:
    if _libc.prctl(38, 1, 0, 0, 0) != 0 or _libc.prctl(39, 0, 0, 0, 0) != 1:
        return Layer("no_new_privs", False, f"prctl: {os.strerror(ctypes.get_errno())}")
    return Layer("no_new_privs", True, "set")


def _abi_cap() -> int | None:
    """The knob's value: the highest Landlock ABI to use (0: none), or None for the kernel's."""
    text = os.environ.get(ABI_KNOB, "").strip()
    return max(0, int(text)) if text.isdigit() else None


def _landlock(paths: list[str], scratch: str) -> tuple[Layer, bool]:
    """The layer, and whether it keeps signals inside the worker (ABI 6)."""
    threads = len(os.listdir("/proc/self/task"))
    if threads != 1:     # Landlock would bind only the calling thread
        return Layer("landlock", False, f"{threads} threads were running"), False
    cap = _abi_cap()
    knob = f" (capped by {ABI_KNOB})" if cap is not None else ""
    if cap == 0:
        return Layer("landlock", False, f"not used: {ABI_KNOB}=0"), False
    try:
        done = landlock.restrict(paths, scratch, cap)
    except OSError as e:
        return Layer("landlock", False, landlock.why_not(e)), False
    detail = [f"ABI {done.abi}{knob}: reads only the Python installation, writes only its "
              "scratch folder",
              "TCP bind and connect denied" if done.tcp else "TCP: seccomp only (needs ABI 4)",
              "signals and abstract sockets scoped" if done.scoped
              else "signals: seccomp only (needs ABI 6)"]
    return Layer("landlock", True, "; ".join(detail)), done.scoped


def _signal_scope(scoped: bool, filtered: bool) -> Layer:
    """Whether any route for a signal to the judge is closed: Landlock's scope (ABI 6), or the
    seccomp filter (kill and the like by pid, and fcntl's SIGIO owners: F_SETOWN, F_SETSIG)."""
    how = (["Landlock's signal scope"] if scoped else []) + \
        (["seccomp: kill, tgkill and sigqueue to its own pid only; fcntl F_SETOWN, F_SETOWN_EX, "
          "F_SETSIG refused"] if filtered else [])
    if not how:
        return Layer("signal_scope", False, "neither Landlock's signal scope (ABI 6) nor seccomp: "
                                            "the solution may signal the judge")
    return Layer("signal_scope", True, "; ".join(how))


CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 1, 2, 4, 8, 0x4000, 1 << 18


def _hide(hidden: list[str], scratch: str) -> Layer:
    """Mount an empty read-only tmpfs over each hidden folder, in a mount namespace of the
    worker's own, so that it cannot even stat what is there (Landlock governs opening files,
    not their metadata: an answer's size alone can give a true/false answer away).

    Best effort, where the kernel allows: as root, or in an unprivileged user namespace. Not a
    layer that `full` requires (see SECURITY.md); `judge doctor` shows whether it holds."""
    needed = [os.path.realpath(p) for p in hidden if os.path.isdir(p)]
    kept = [p for p in sys.path + [scratch] if p]
    paths = [p for p in needed if p != "/" and not any(
        os.path.realpath(k) == p or os.path.realpath(k).startswith(p + "/") for k in kept)]
    if not paths:
        return Layer("hide_metadata", False, "nothing to hide" if not needed
                     else "the hidden folders hold the Python installation")
    uid, gid = os.getuid(), os.getgid()
    user = os.geteuid() != 0
    if _libc.unshare(CLONE_NEWNS | (CLONE_NEWUSER if user else 0)) != 0:
        return Layer("hide_metadata", False, f"no mount namespace: "
                                             f"{os.strerror(ctypes.get_errno())}")
    try:
        if user:
            for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"),
                               ("gid_map", f"{gid} {gid} 1")):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
        # Private first: a mount that propagated back would hide the folders from the judge too.
        _mount(None, "/", None, MS_REC | MS_PRIVATE, None)
        for path in paths:
            _mount("judge-hidden", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
                   "size=4k,nr_inodes=2,mode=0555")
    except OSError as e:
        return Layer("hide_metadata", False, f"cannot mount: {e.strerror}")
    return Layer("hide_metadata", True, f"{len(paths)} folder(s) of hidden data covered by an "
                                        "empty one in the worker's own mount namespace")


def _mount(source, target, fstype, flags, data) -> None:
    encode = lambda text: None if text is None else os.fsencode(text)          # noqa: E731
    if _libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags),
                   encode(data)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def _seccomp() -> Layer:
    why = seccomp.supported()
    if not why:
        try:
            seccomp.install(os.getpid())
        except OSError as e:
            why = f"the filter was refused: {e.strerror}"
    if why:
        return Layer("seccomp", False, why)
    return Layer("seccomp", True, "no processes, programs, sockets, memfd or inotify, no signals "
                                  "(fcntl's SIGIO owners included) or limits aimed at other "
                                  "processes")


# --- parent side -----------------------------------------------------------------------------

SCRATCH_PREFIX = "judge-worker-"
_swept: set[str] = set()


def scratch() -> str:
    """A private folder (mode 0700) for one worker: its cwd, TMPDIR and HOME. Its name carries
    the judge's pid, so that what a judge killed outright left behind is removed by the next."""
    import tempfile

    folder = tempfile.gettempdir()
    if folder not in _swept:
        _swept.add(folder)
        _sweep(folder)
    return tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=folder)


def _sweep(folder: str) -> None:
    """Remove the scratch folders of judges that are gone (our own folders only)."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(SCRATCH_PREFIX)]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(SCRATCH_PREFIX):].partition("-")[0]
        try:
            mine = entry.is_dir(follow_symlinks=False) and entry.stat(
                follow_symlinks=False).st_uid == os.geteuid()
        except OSError:
            continue
        if mine and pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            remove_scratch(entry.path)


def remove_scratch(path: str) -> None:
    """Remove a worker's folder, whatever the solution left in it: permissions taken off, FIFOs,
    sockets, trees far deeper than PATH_MAX or the recursion limit (which shutil.rmtree needs).

    The walk holds one descriptor and one list of names per level, so no depth exhausts the
    judge's descriptors or stack; the worker is dead by now, so nothing moves under it.
    """
    try:
        _remove_tree(path)
    except OSError:     # a kind of file this does not know: do what can be done
        import shutil

        shutil.rmtree(path, ignore_errors=True)


def scratch_held(folder: str, pid: int, memory_mb: int) -> str:
    """Why the worker's files break its memory limit, or "" when they do not.

    On tmpfs a file is RAM that no address-space limit sees: what is in the scratch folder, and
    what the worker holds open unlinked (deleted files, O_TMPFILE). Counted from the parent
    after each case; the walk stops at SCRATCH_FILES entries and never recurses in Python."""
    blocks: dict[tuple[int, int], int] = {}
    entries, stack = 0, [folder]
    while stack:
        try:
            listing = os.scandir(stack.pop())
        except OSError:
            continue
        with listing:
            for entry in listing:
                entries += 1
                if entries > SCRATCH_FILES:
                    return (f"the solution made more than {SCRATCH_FILES} files in its scratch "
                            "folder (files are memory on tmpfs)")
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                blocks[info.st_dev, info.st_ino] = info.st_blocks * 512
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        fds = []
    for fd in fds:
        try:
            info = os.stat(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_nlink == 0:
            blocks[info.st_dev, info.st_ino] = info.st_blocks * 512
    total = sum(blocks.values())
    if total > memory_mb * 2**20:
        return (f"the solution's files (in its scratch folder, or deleted and held open) take "
                f"{total >> 20} MB, more than the {memory_mb} MB memory limit (files are memory "
                "on tmpfs)")
    return ""


def _remove_tree(path: str) -> None:
    directory = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
    os.chmod(path, 0o700)
    fd = os.open(path, directory)
    levels = [("", _empty(fd))]         # (its name in the level above, subfolders left)
    try:
        while levels:
            name, left = levels[-1]
            if left:
                child = left.pop()
                os.chmod(child, 0o700, dir_fd=fd)       # a folder, never a link: scandir said so
                fd = _replace(fd, os.open(child, directory, dir_fd=fd))
                levels.append((child, _empty(fd)))
                continue
            levels.pop()
            if levels:
                fd = _replace(fd, os.open("..", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC,
                                          dir_fd=fd))
                os.rmdir(name, dir_fd=fd)
    finally:
        os.close(fd)
    os.rmdir(path)


def _replace(old: int, new: int) -> int:
    os.close(old)
    return new


def _empty(fd: int) -> list[str]:
    """Unlink everything in the folder but its subfolders (files, links, FIFOs, sockets); name those."""
    folders = []
    with os.scandir(fd) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.name)
            else:
                os.unlink(entry.name, dir_fd=fd)
    return folders


def worker_env(folder: str) -> dict[str, str]:
    """No secrets of the judge's environment (CI tokens, say) reach the solution: only locale,
    and the test knob that can only weaken the sandbox (and then the report says how)."""
    kept = {k: v for k, v in os.environ.items()
            if k.startswith("LC_") or k in ("LANG", "TZ", ABI_KNOB)}
    return {**kept, "HOME": folder, "TMPDIR": folder}


# --- judge doctor ----------------------------------------------------------------------------

class Check(NamedTuple):
    attempt: str        # what a sandboxed process tried
    ok: bool            # the sandbox did what it should: refused it, or allowed an honest need
    detail: str


class Diagnosis(NamedTuple):
    status: Status
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return self.status.full and all(c.ok for c in self.checks)

    def to_json(self) -> dict:
        return {"sandbox": self.status.text, "ok": self.ok, **self.status.to_json(),
                "checks": [{"attempt": c.attempt, "ok": c.ok, "detail": c.detail}
                           for c in self.checks]}


PROBE = "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); " \
        "from judge.engine.sandbox import _probe; _probe(sys.argv[2], sys.argv[3])"
LAST = "run a program"   # if it works, the probe is gone: it never reports


def doctor() -> Diagnosis:
    """Start a process as the judge starts a worker, sandbox it, and have it try what a solution
    must not (and what an honest one needs): the layers that hold on this machine, and proof."""
    import shutil
    import subprocess
    import tempfile

    from judge.engine.runner import _worker_path    # the same import path as a real worker

    folder, outside = scratch(), tempfile.mkdtemp(prefix="judge-doctor-")
    secret = os.path.join(outside, "answer.txt")
    with open(secret, "w") as f:
        f.write("42\n")
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-S", "-c", PROBE, json.dumps(_worker_path()), folder, secret],
            cwd=folder, env=worker_env(folder), capture_output=True, text=True, timeout=60,
            start_new_session=True)
    finally:
        remove_scratch(folder)
        shutil.rmtree(outside, ignore_errors=True)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines or "layers" not in lines[0]:
        from judge.errors import InternalError
        raise InternalError(f"the sandbox probe failed: {done.stderr.strip()[-300:]}")
    checks = [Check(**line) for line in lines[1:]]
    if not any(c.attempt == LAST for c in checks):
        checks.append(Check(LAST, False, "the program ran"))
    return Diagnosis(Status.from_json(lines[0]), tuple(checks))


def _probe(folder: str, secret: str) -> None:
    """The probe process: confine itself like a worker, then try each thing and print JSON."""
    import socket
    import threading

    from judge.engine.worker import _set_limits

    _set_limits(256, 10)
    status = apply(folder, [os.path.dirname(secret)])
    print(json.dumps(status.to_json()), flush=True)

    def fork():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)

    def sigio():
        import fcntl

        read, write = os.pipe()
        fcntl.fcntl(read, fcntl.F_SETOWN, os.getppid())

    def thread():
        worker = threading.Thread(target=sum, args=([1, 2],))
        worker.start()
        worker.join()

    attempts = [  # (what, should it work?, how)
        ("read a file outside its folder", False, lambda: open(secret).read()),
        ("list the judge's own folder", False, lambda: os.listdir(PACKAGE_PARENT)),
        ("write a file outside its folder", False, lambda: open(secret + ".new", "w").close()),
        ("change a file's permissions", False, lambda: os.chmod(secret, 0o666)),
        ("start a process", False, fork),
        ("open a socket", False, lambda: socket.socket().close()),
        ("signal the judge", False, lambda: os.kill(os.getppid(), 0)),
        ("aim SIGIO at the judge (fcntl F_SETOWN)", False, sigio),
        ("hold memory in a memfd", False, lambda: os.memfd_create("probe")),
        ("raise its memory limit", False,
         lambda: resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY,) * 2)),
        ("write in its scratch folder", True, lambda: open("scratch.txt", "w").close()),
        ("import a module of the standard library", True, lambda: __import__("fractions")),
        ("start a thread", True, thread),
        (LAST, False, lambda: os.execv(sys.executable, [sys.executable, "-c", "pass"])),
    ]
    if any(layer.name == "hide_metadata" and layer.active for layer in status.layers):
        attempts.insert(1, ("see a hidden file's size", False, lambda: os.stat(secret)))
    for what, should_work, attempt in attempts:
        try:
            attempt()
            worked, detail = True, "allowed"
        except (OSError, ValueError) as e:
            worked, detail = False, f"refused: {type(e).__name__}: {e}"
        print(json.dumps({"attempt": what, "ok": worked == should_work, "detail": detail}),
              flush=True)
