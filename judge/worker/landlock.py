"""Landlock through ctypes: the kernel's file-system, TCP and signal sandbox for unprivileged code.

Used by the worker (`restrict`) and by `judge doctor` (`abi`); no I/O but the system calls.

Why a hand-written layer: the maintained bindings on PyPI (landlockpy, with seccompy for
seccomp) install and work on this kernel, but importing them costs a worker about 30 ms (they
pull in ctypes.util, subprocess, dataclasses and their own test helpers), ten times the budget of
the whole sandbox. The kernel interface is three system calls and two structs; the constants
below are those of linux/landlock.h.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import sys
from typing import NamedTuple

CREATE_RULESET, ADD_RULE, RESTRICT_SELF = 444, 445, 446   # the same numbers on every architecture
CREATE_RULESET_VERSION = 1 << 0
RULE_PATH_BENEATH = 1

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
MAKE_REG, MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK, MAKE_SYM = 1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15           # ABI 2, 3 and 5
FILE_ONLY = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV   # what a file (not a folder) takes
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1                    # ABI 4
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1         # ABI 6

READ = READ_FILE | READ_DIR
# A scratch folder: everything but running programs, devices, sockets and pipes.
SCRATCH = READ | WRITE_FILE | REMOVE_DIR | REMOVE_FILE | MAKE_DIR | MAKE_REG | MAKE_SYM | REFER | \
    TRUNCATE


def fs_rights(abi: int) -> int:
    """Every file-system right the kernel of this ABI knows, so that all of them are denied."""
    top = {1: 13, 2: 14, 3: 15, 4: 15}.get(abi, 16) if abi >= 1 else 0
    return (1 << top) - 1


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def _call(number: int, *args) -> int:
    result = _libc.syscall(number, *args)
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))
    return result


def abi() -> int:
    """The kernel's Landlock ABI; OSError(ENOSYS) when it has none, EOPNOTSUPP when disabled."""
    if not sys.platform.startswith("linux"):    # the numbers below mean other calls elsewhere
        raise OSError(errno.ENOSYS, "not Linux")
    return _call(CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(CREATE_RULESET_VERSION))


class Enforced(NamedTuple):
    """What a ruleset could enforce on this kernel."""

    abi: int
    tcp: bool          # bind and connect on TCP denied (ABI 4)
    scoped: bool       # signals and abstract UNIX sockets kept inside the domain (ABI 6)


def restrict(readable: list[str], scratch: str, abi_max: int | None = None) -> Enforced:
    """Confine the calling thread, and every thread it starts later, for good.

    It may then read only `readable` (files or folders), and read and write only under
    `scratch`. The caller sets no_new_privs first, and must be the process's only thread:
    Landlock binds the threads that exist only with ABI 8's TSYNC. `abi_max` makes it act as
    on an older kernel (a test knob): the rights of later ABIs are then not enforced.
    """
    version = abi() if abi_max is None else min(abi(), abi_max)
    handled = fs_rights(version)
    attr = _RulesetAttr(handled, NET_BIND_TCP | NET_CONNECT_TCP if version >= 4 else 0,
                        SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if version >= 6 else 0)
    ruleset = _call(CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)),
                    ctypes.c_uint32(0))
    try:
        for path, rights in [(p, READ) for p in readable] + [(scratch, SCRATCH)]:
            _allow(ruleset, path, rights & handled)
        _call(RESTRICT_SELF, ruleset, ctypes.c_uint32(0))
    finally:
        os.close(ruleset)
    return Enforced(version, version >= 4, version >= 6)


def _allow(ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            rights &= FILE_ONLY
        rule = _PathBeneathAttr(rights, fd)
        _call(ADD_RULE, ruleset, RULE_PATH_BENEATH, ctypes.byref(rule), ctypes.c_uint32(0))
    finally:
        os.close(fd)


def why_not(error: OSError) -> str:
    """A person's reading of the error `abi()` gave."""
    if error.errno == errno.ENOSYS:
        return "the kernel has no Landlock (it needs Linux 5.13 or newer, built with it)"
    if error.errno == errno.EOPNOTSUPP:
        return "Landlock is built into the kernel but not enabled (add it to the lsm= boot option)"
    return f"Landlock failed: {error.strerror}"
