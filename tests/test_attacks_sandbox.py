"""Attacks on the sandbox's less obvious edges (issue 9): memory held outside the address space,
the submitted path itself, signals on kernels without Landlock's signal scope, and the metadata
of hidden files.

Each runs through the real CLI in a subprocess (test_sandbox.Arena: no file changed outside the
scratch folder, no scratch folder or process left behind). `JUDGE_LANDLOCK_ABI_MAX` is the test
knob that caps the Landlock ABI a worker uses, so the attacks run here as on an older kernel.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import struct
import subprocess
import sys

import pytest

from test_sandbox import (DENIED, NO_ACCESS, PROBLEM, ROOT, TWO_POINTERS, Arena,
                          assert_refused_when_partial, hides_metadata, needs_full, partial_here)

HOARD = """
import os
if not hasattr(Solution, 'held'):
    Solution.held, chunk = [], b'x' * 2**20
    for i in range(24):                 # 24 x 12 MB: more than the 256 MB limit, 12 MB a file
        fd = {open}
        for _ in range(12):
            os.write(fd, chunk)
        {keep}
"""
MEMORY = {
    "memfd": dict(open="os.memfd_create('hoard')", keep="Solution.held.append(fd)"),
    "files in its folder": dict(open="os.open(f'hoard-{i}', os.O_CREAT | os.O_WRONLY, 0o600)",
                                keep="os.close(fd)"),
    "unlinked files kept open": dict(
        open="os.open(f'hoard-{i}', os.O_CREAT | os.O_WRONLY, 0o600)",
        keep="os.unlink(f'hoard-{i}'); Solution.held.append(fd)"),
    "O_TMPFILE files": dict(open="os.open('.', os.O_TMPFILE | os.O_WRONLY, 0o600)",
                            keep="Solution.held.append(fd)"),
}


@pytest.fixture
def arena(tmp_path):
    from judge import api
    from judge.engine import limits

    limits.limits_for(api.find_problem("11"))     # calibrated before the attack, not during it
    return Arena(tmp_path)


@pytest.mark.parametrize("how", list(MEMORY))
def test_memory_held_outside_the_address_space_is_counted(arena, how):
    """Each hoard would be an Accepted if only mappings were counted (on tmpfs it is all RAM)."""
    body = HOARD.format(**MEMORY[how]) + TWO_POINTERS + "return best\n"
    if partial_here(arena, body):
        return
    code, doc, err = arena.judge(body)
    assert code == 1, err
    said = doc["message"]
    if how == "memfd":
        assert (doc["verdict"], DENIED in said) == ("RE", True), said
    else:
        assert doc["verdict"] == "MLE", said
        assert "scratch" in said and "256 MB" in said


@pytest.mark.slow
def test_many_small_files_count_against_the_memory_limit(arena):
    body = "import os\nfor i in range(4_500):\n    open(f'f{i}', 'w').close()\n" + \
        TWO_POINTERS + "return best\n"
    if partial_here(arena, body):
        return
    code, doc, err = arena.judge(body)
    assert (code, doc["verdict"]) == (1, "MLE"), doc["message"]
    assert "files" in doc["message"]


# --- the submitted path is data -----------------------------------------------------------------

def test_the_worker_cannot_read_the_solution_file_itself(arena):
    """The parent hands the worker the source; no path the submission names is granted."""
    body = "open('@SOLUTION@').read()\n" + TWO_POINTERS + "return best\n"
    if partial_here(arena, body):
        return
    code, doc, err = arena.judge(body)
    assert (doc["verdict"], NO_ACCESS in doc["message"]) == ("RE", True), doc["message"]


def _run(solution, *args, cwd=ROOT):
    done = subprocess.run([sys.executable, "-m", "judge", "run", "11", "--solution", str(solution),
                           *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=180, env={**os.environ, "NO_COLOR": "1", "JUDGE_NO_HISTORY": "1"})
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("target", ["reference.py", "data/secret/01-two-equal.ans", "."])
def test_run_refuses_a_symlink_into_the_problem_packages(tmp_path, target):
    link = tmp_path / "0011.py"
    link.symlink_to(PROBLEM / target)
    code, out, err = _run(link)
    assert code == 2, out + err
    assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "problem" in err


def test_run_refuses_a_hard_link_to_the_reference(tmp_path):
    link = tmp_path / "0011.py"
    try:
        os.link(PROBLEM / "reference.py", link)
    except OSError as e:
        pytest.skip(f"cannot hard-link across these folders here: {e}")
    code, out, err = _run(link)
    assert code == 2 and "problem" in err and len(err.strip().splitlines()) == 1, out + err


def test_run_follows_a_learners_own_symlink(tmp_path):
    mine = tmp_path / "work" / "mine.py"
    mine.parent.mkdir()
    mine.write_text((PROBLEM / "submissions/accepted/two_pointers_while.py").read_text())
    link = tmp_path / "0011.py"
    link.symlink_to(mine)
    code, out, err = _run(link, "--format", "json")
    assert (code, json.loads(out)["verdict"]) == (0, "AC"), err


# --- signals on kernels without Landlock's signal scope (ABI < 6) -------------------------------

ABI5 = {"JUDGE_LANDLOCK_ABI_MAX": "5"}
SIGIO = """
import ctypes, fcntl, os, struct, sys
libc = ctypes.CDLL(None, use_errno=True)
def call(fd, cmd, arg):
    if libc.fcntl(fd, cmd, arg) < 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
for fd in (int(sys.argv[2]), int(sys.argv[3])):    # pipes whose other ends the judge holds
    {how}
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_ASYNC)
"""
OWNERS = {
    "F_SETOWN to the judge": "call(fd, 8, os.getppid())",
    "F_SETOWN to the judge's process group": "call(fd, 8, -os.getpgid(os.getppid()))",
    "F_SETOWN_EX to the judge": "call(fd, 15, ctypes.c_char_p(struct.pack('ii', 1, os.getppid())))",
    "F_SETSIG": "call(fd, 10, 9)",
}


@needs_full
@pytest.mark.parametrize("how", list(OWNERS))
def test_sigio_cannot_reach_the_judge_on_abi_5(arena, how):
    """With SIGIO (or SIGKILL, by F_SETSIG) aimed at it, the judge would die mid-run."""
    code, doc, err = arena.judge(SIGIO.format(how=OWNERS[how]) + TWO_POINTERS + "return best\n",
                                 env=ABI5)
    assert doc is not None, f"the judge died: status {code}, {err[-500:]}"
    assert (code, doc["verdict"]) == (1, "RE"), doc["message"]
    assert DENIED in doc["message"]


@needs_full
def test_the_abi_knob_caps_what_the_worker_uses(cli):
    code, out, err = cli("doctor", "--format", "json", env=ABI5)
    doc = json.loads(out)
    landlock = next(d for name, _, d in doc["layers"] if name == "landlock")
    scope = next((d for name, _, d in doc["layers"] if name == "signal_scope"), "")
    assert landlock.startswith("ABI 5") and "JUDGE_LANDLOCK_ABI_MAX" in landlock
    assert "seccomp" in scope and "F_SETOWN" in scope      # what holds in Landlock's place
    assert (code, doc["sandbox"], doc["ok"]) == (0, "full", True), out


def _without_seccomp():
    """For a child process: make installing a seccomp filter fail, as on a kernel without it
    (the seccomp() call says ENOSYS, prctl(PR_SET_SECCOMP) says EINVAL), by a filter of ours."""
    ld = lambda k: struct.pack("<HBBI", 0x20, 0, 0, k)                          # noqa: E731
    jeq = lambda k, jt, jf: struct.pack("<HBBI", 0x15, jt, jf, k)               # noqa: E731
    ret = lambda k: struct.pack("<HBBI", 0x06, 0, 0, k)                         # noqa: E731
    seccomp_nr, prctl_nr = (317, 157) if os.uname().machine == "x86_64" else (277, 167)
    code = ld(0) + jeq(seccomp_nr, 0, 1) + ret(0x00050000 | errno.ENOSYS) + \
        jeq(prctl_nr, 0, 3) + ld(16) + jeq(22, 0, 1) + ret(0x00050000 | errno.EINVAL) + \
        ret(0x7FFF0000)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = struct.pack("HxxxxxxQ", len(code) // 8, ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(38, 1, 0, 0, 0) == 0
    assert libc.prctl(22, 2, ctypes.c_char_p(prog), 0, 0) == 0


@needs_full
def test_without_signal_scope_or_seccomp_the_sandbox_is_partial(tmp_path):
    env = {**os.environ, **ABI5, "NO_COLOR": "1", "JUDGE_NO_HISTORY": "1"}
    doctor = subprocess.run([sys.executable, "-m", "judge", "doctor", "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
                            preexec_fn=_without_seccomp)
    doc = json.loads(doctor.stdout)
    assert doctor.returncode == 1 and not doc["ok"]
    assert doc["sandbox"] == "partial (no seccomp, no signal_scope)"
    solution = tmp_path / "solution.py"
    solution.write_text("class Solution:\n    def maxArea(self, height):\n        return -1\n")
    refused = subprocess.run([sys.executable, "-m", "judge", "run", "11", "--solution",
                              str(solution), "--require-sandbox"], cwd=ROOT, capture_output=True,
                             text=True, timeout=120, env=env, preexec_fn=_without_seccomp)
    assert refused.returncode == 2 and "no signal_scope" in refused.stderr, refused.stderr


# --- the metadata of hidden files -----------------------------------------------------------------

@pytest.mark.parametrize("attempt, says", [
    ("os.stat('@ANSWER@').st_size", "No such file"),
    ("os.path.getmtime('@PROBLEM@/reference.py')", "No such file"),
    ("os.stat('@PROBLEM@/data/secret')", "No such file"),
    ("os.listdir('@PROBLEMS@/..')", NO_ACCESS),
    ("""libc = __import__('ctypes').CDLL(None, use_errno=True)
fd = libc.inotify_init1(0)
if fd < 0 or libc.inotify_add_watch(fd, b'@ANSWER@', 0xfff) < 0:
    raise OSError(__import__('ctypes').get_errno(), 'inotify refused')""", "[Errno 1]"),
])
def test_hidden_files_metadata_is_out_of_reach(arena, attempt, says):
    """An answer's size alone gives a true/false answer away ("true\\n" is 5 bytes)."""
    if says == "No such file" and not hides_metadata():
        pytest.skip("this kernel gives the worker no mount namespace: SECURITY.md says what "
                    "remains visible")
    body = "import os\n" + attempt + "\n" + TWO_POINTERS + "return best\n"
    if partial_here(arena, body):
        return
    code, doc, err = arena.judge(body)
    assert doc["verdict"] == "RE", doc["message"]
    assert says in doc["message"]


# --- where the kernel lacks a layer, the attacks are refused before they run ---------------------

@pytest.mark.parametrize("body", ["return int(open('@ANSWER@').read())",
                                  "import os\nos.kill(os.getppid(), 0)"])
def test_a_kernel_without_landlock_is_reported_and_refused(arena, body):
    """What test_sandbox.test_attack_fails asserts on such a kernel, forced here by the knob."""
    assert_refused_when_partial(arena, body, {"JUDGE_LANDLOCK_ABI_MAX": "0"})

