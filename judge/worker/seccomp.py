"""A seccomp filter for the worker, built and installed through ctypes (see landlock.py for why).

What it stops, by system call: starting processes or programs (only threads may be cloned),
sockets, signals and limits aimed at other processes (`kill` and the like by their pid argument,
and the SIGIO routes: `fcntl` F_SETOWN, F_SETOWN_EX, F_SETSIG, by its command argument), memory
nobody counts (`memfd_create`, pipe sizes), watches on files (`inotify`), tracing or reading
other processes,
kernel objects that would outlive the worker (System V IPC, message queues, keys, io_uring), file
metadata changes that Landlock does not cover (chmod, chown, utime, xattrs), and administration.
A denied call fails with EPERM, so the solution sees an ordinary PermissionError. Everything else
is allowed: CPython and honest solutions use hundreds of harmless calls, and files, TCP and
signals are Landlock's too. Used by the worker (`install`) and `judge doctor` (`supported`).
"""

from __future__ import annotations

import ctypes
import errno
import os
import struct
import sys

AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
X32_BIT = 0x40000000           # x86_64's x32 ABI: same arch, other numbers; refuse them all
CLONE_THREAD = 0x00010000
RET_KILL_PROCESS, RET_ERRNO, RET_ALLOW = 0x80000000, 0x00050000, 0x7FFF0000
LD_W_ABS, JEQ, JGE, JSET, RET = 0x20, 0x15, 0x35, 0x45, 0x06
SECCOMP_SET_MODE_FILTER, FILTER_FLAG_TSYNC = 1, 1
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2

# name: (x86_64, aarch64); None where the architecture lacks the call.
NUMBERS = {
    "seccomp": (317, 277), "clone": (56, 220), "clone3": (435, 435),
    "fork": (57, None), "vfork": (58, None), "execve": (59, 221), "execveat": (322, 281),
    "socket": (41, 198), "socketpair": (53, 199), "unshare": (272, 97), "setns": (308, 268),
    "ptrace": (101, 117), "process_vm_readv": (310, 270), "process_vm_writev": (311, 271),
    "pidfd_open": (434, 434), "pidfd_getfd": (438, 438), "pidfd_send_signal": (424, 424),
    "process_madvise": (440, 440), "process_mrelease": (448, 448), "kcmp": (312, 272),
    "io_uring_setup": (425, 425), "io_uring_enter": (426, 426), "io_uring_register": (427, 427),
    "shmget": (29, 194), "semget": (64, 190), "msgget": (68, 186), "mq_open": (240, 180),
    "add_key": (248, 217), "request_key": (249, 218), "keyctl": (250, 219), "bpf": (321, 280),
    "perf_event_open": (298, 241), "userfaultfd": (323, 282), "setpriority": (141, 140),
    "ioprio_set": (251, 30), "migrate_pages": (256, 238), "move_pages": (279, 239),
    "mount": (165, 40), "umount2": (166, 39), "pivot_root": (155, 41), "chroot": (161, 51),
    "fsopen": (430, 430), "fsconfig": (431, 431), "fsmount": (432, 432), "fspick": (433, 433),
    "move_mount": (429, 429), "open_tree": (428, 428), "mount_setattr": (442, 442),
    "open_by_handle_at": (304, 265), "fanotify_init": (300, 262), "quotactl": (179, 60),
    "swapon": (167, 224), "swapoff": (168, 225), "reboot": (169, 142), "kexec_load": (246, 104),
    "kexec_file_load": (320, 294), "init_module": (175, 105), "finit_module": (313, 273),
    "delete_module": (176, 106), "acct": (163, 89), "settimeofday": (164, 170),
    "clock_settime": (227, 112), "clock_adjtime": (305, 266), "adjtimex": (159, 171),
    "sethostname": (170, 161), "setdomainname": (171, 162), "syslog": (103, 116),
    "vhangup": (153, 58), "truncate": (76, 45), "mknod": (133, None), "mknodat": (259, 33),
    "chmod": (90, None), "fchmod": (91, 52), "fchmodat": (268, 53), "fchmodat2": (452, 452),
    "chown": (92, None), "fchown": (93, 55), "lchown": (94, None), "fchownat": (260, 54),
    "utime": (132, None), "utimes": (235, None), "futimesat": (261, None), "utimensat": (280, 88),
    "setxattr": (188, 5), "lsetxattr": (189, 6), "fsetxattr": (190, 7), "removexattr": (197, 14),
    "lremovexattr": (198, 15), "fremovexattr": (199, 16), "setxattrat": (463, 463),
    "removexattrat": (466, 466), "file_setattr": (469, 469),
    "kill": (62, 129), "tkill": (200, 130), "tgkill": (234, 131), "rt_sigqueueinfo": (129, 138),
    "rt_tgsigqueueinfo": (297, 240), "prlimit64": (302, 261), "sched_setaffinity": (203, 122),
    "sched_setscheduler": (144, 119), "sched_setparam": (142, 118), "sched_setattr": (314, 274),
    "memfd_create": (319, 279), "memfd_secret": (447, 447), "inotify_init": (253, None),
    "inotify_init1": (294, 26), "inotify_add_watch": (254, 27), "fanotify_mark": (301, 263),
    "fcntl": (72, 25), "ioctl": (16, 29), "prctl": (157, 167),
}
# Calls whose first argument names a process: allowed for 0 (the caller) and the worker's own pid.
OWN_PROCESS_ONLY = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "prlimit64",
                    "sched_setaffinity", "sched_setscheduler", "sched_setparam", "sched_setattr")
# Calls refused for some values of one argument: (argument index, values). The kernel reads these
# commands as 32-bit ints, so the low word is the whole command.
BY_ARGUMENT = {
    # Where SIGIO (or any signal, by F_SETSIG) of a file goes: another process, the judge, say.
    # Landlock's signal scope (ABI 6) covers this too; older kernels have only this. A lease
    # would make the judge's own open() of the file wait; a pipe size is memory nobody counts.
    "fcntl": (1, (8, 10, 15, 1024, 1031)),   # F_SETOWN, F_SETSIG, F_SETOWN_EX, F_SETLEASE,
                                             # F_SETPIPE_SZ
    # The ioctl forms of F_SETOWN, and typing into a terminal.
    "ioctl": (1, (0x8901, 0x8902, 0x5410, 0x5412)),  # FIOSETOWN, SIOCSPGRP, TIOCSPGRP, TIOCSTI
    # The worker dies with the judge (PR_SET_PDEATHSIG, set before this filter): for good.
    "prctl": (0, (1,)),                              # PR_SET_PDEATHSIG
}
# clone3 hides its flags in memory a filter cannot read; glibc then falls back to clone.
NOT_IMPLEMENTED = ("clone3",)
DENIED = tuple(n for n in NUMBERS if n not in OWN_PROCESS_ONLY + NOT_IMPLEMENTED +
               tuple(BY_ARGUMENT) + ("seccomp", "clone"))


def arch() -> str | None:
    machine = os.uname().machine.lower()      # not platform.machine(): importing it costs 2 ms
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine) \
        if machine in ("x86_64", "amd64", "aarch64", "arm64") else None


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


def program(pid: int, machine: str) -> bytes:
    """The filter for process `pid` on `machine`, as struct sock_filter records."""
    column = 0 if machine == "x86_64" else 1
    nr = {name: numbers[column] for name, numbers in NUMBERS.items()
          if numbers[column] is not None}
    deny = RET_ERRNO | errno.EPERM
    out = [_insn(LD_W_ABS, 4), _insn(JEQ, AUDIT_ARCH[machine], 1, 0), _insn(RET, RET_KILL_PROCESS),
           _insn(LD_W_ABS, 0)]
    if machine == "x86_64":
        out += [_insn(JGE, X32_BIT, 0, 1), _insn(RET, RET_ERRNO | errno.ENOSYS)]
    for name in DENIED:
        if name in nr:
            out += [_insn(JEQ, nr[name], 0, 1), _insn(RET, deny)]
    for name in NOT_IMPLEMENTED:
        out += [_insn(JEQ, nr[name], 0, 1), _insn(RET, RET_ERRNO | errno.ENOSYS)]
    # Each block below loads an argument, so every path through it returns.
    out += [_insn(JEQ, nr["clone"], 0, 4), _insn(LD_W_ABS, 16),
            _insn(JSET, CLONE_THREAD, 1, 0), _insn(RET, deny), _insn(RET, RET_ALLOW)]
    for name, (index, values) in BY_ARGUMENT.items():
        skip = len(values) + 2       # the allow and the deny after the comparisons
        out += [_insn(JEQ, nr[name], 0, skip + 1), _insn(LD_W_ABS, 16 + 8 * index)]
        out += [_insn(JEQ, value, len(values) - i, 0) for i, value in enumerate(values)]
        out += [_insn(RET, RET_ALLOW), _insn(RET, deny)]
    for name in OWN_PROCESS_ONLY:
        out += [_insn(JEQ, nr[name], 0, 5), _insn(LD_W_ABS, 16), _insn(JEQ, 0, 2, 0),
                _insn(JEQ, pid, 1, 0), _insn(RET, deny), _insn(RET, RET_ALLOW)]
    out.append(_insn(RET, RET_ALLOW))
    return b"".join(out)


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def supported() -> str:
    """Empty when this process can install the filter, else why not."""
    machine = arch()
    if not sys.platform.startswith("linux"):
        return "seccomp is Linux's"
    if machine is None:
        return f"no system-call table for {os.uname().machine} (x86_64 and aarch64 only)"
    if _libc.prctl(21, 0, 0, 0, 0) < 0:      # PR_GET_SECCOMP
        return "the kernel was built without seccomp"
    return ""


def install(pid: int) -> None:
    """Install the filter on every thread of this process, for good (no_new_privs must be set)."""
    machine = arch()
    if machine is None:
        raise OSError(errno.ENOSYS, supported())
    code = program(pid, machine)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = _Fprog(len(code) // 8, ctypes.addressof(buffer))
    number = NUMBERS["seccomp"][0 if machine == "x86_64" else 1]
    if _libc.syscall(number, SECCOMP_SET_MODE_FILTER, FILTER_FLAG_TSYNC, ctypes.byref(prog)) != 0:
        # Kernels before 3.17 have no seccomp() call; prctl binds the calling thread only.
        if ctypes.get_errno() != errno.ENOSYS or \
                _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
            failure = ctypes.get_errno()
            raise OSError(failure, os.strerror(failure))
