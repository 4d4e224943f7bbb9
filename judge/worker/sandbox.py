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
removes the folder afterwards and shows `Sandbox.text` in the report. `doctor` checks a machine.

The values here are NamedTuples, immutable like the frozen dataclasses elsewhere: importing
dataclasses would cost every worker 5 ms, more than the whole sandbox.
"""

from __future__ import annotations

import ctypes
import os
import resource
import sys

from judge.engine.protocol import ABI_KNOB, LAYERS, Layer, Sandbox
from judge.worker import landlock, seccomp

OPEN_FILES = 64


def apply(scratch: str, hidden: list[str], judge_home: str) -> Sandbox:
    """Confine this process for good; say which layers hold. Nothing here needs root.

    `hidden` are the folders of problem data (out of reach, metadata too where the kernel
    allows), `judge_home` the folder holding the judge package (never granted). The solution's
    file is not among what it may read: the parent hands the worker its source, so that no path
    a submission names (a symlink to the reference, say) is ever granted."""
    if not sys.platform.startswith("linux"):
        return Sandbox(tuple(Layer(name, False, "Linux only") for name in LAYERS))
    layers = [_session(), _rlimits(), _hide(hidden, scratch), _capabilities(), _no_new_privs()]
    scoped = False
    if layers[-1].active:
        layer, scoped = _landlock(readable(hidden + [judge_home]), scratch)
        layers += [layer, _seccomp()]
    else:
        layers += [Layer(name, False, "needs no_new_privs") for name in ("landlock", "seccomp")]
    layers.append(_signal_scope(scoped, layers[-1].active))
    return Sandbox(tuple(layers))


def readable(secret: list[str]) -> list[str]:
    """What a solution may read: the interpreter's import path and the folders of the shared
    libraries it has loaded (C extensions load more from there), minus anything that is or holds
    a `secret` folder: the problems, and the folder holding the judge package (a checkout's root
    with problems/ in it, or the site-packages of a wheel, whose judge/problems/ are the data)."""
    found = [p for p in sys.path if p and os.path.exists(p)]
    try:
        with open("/proc/self/maps") as maps:
            mapped = [line.split(None, 5)[-1].strip() for line in maps]
    except OSError:
        mapped = []
    found += {os.path.dirname(m) for m in mapped
              if m.startswith("/") and ".so" in os.path.basename(m)}
    found.append("/etc/ld.so.cache")
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
