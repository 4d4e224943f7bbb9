"""The adversarial suite: solutions written to cheat the judge or to harm the machine.

Each runs through the real CLI (`python -m judge run 11 --format json`) in a subprocess with a
deadline, and each must end not Accepted, with the verdict and message that show the kernel
stopped it. After every run: no file was written outside the worker's scratch folder (a canary
folder, the problem's data, the solution and the calibration cache are unchanged), the scratch
folder is gone, and no process whose cwd or environment points into it is left.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import hashlib
import json
import os
import socket
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from judge.engine import protocol
from judge.worker import landlock, seccomp
from conftest import ROOT, TWO_POINTERS, leftovers

PROBLEM = ROOT / "problems" / "0011-container-with-most-water"
ANSWER = sorted((PROBLEM / "data" / "secret").glob("*.ans"))[0]


def _kernel_gap() -> str:
    """Why this machine cannot give the full sandbox ("" when it can). `JUDGE_LANDLOCK_ABI_MAX=0`
    in the environment makes the whole suite run as on a kernel without Landlock."""
    if os.environ.get(protocol.ABI_KNOB, "").strip() == "0":
        return f"{protocol.ABI_KNOB}=0"
    try:
        landlock.abi()
    except OSError as e:
        return landlock.why_not(e)
    return seccomp.supported()


@functools.cache
def hides_metadata() -> bool:
    """Whether workers here hide the hidden data's metadata (a mount namespace of their own)."""
    done = subprocess.run([sys.executable, "-m", "judge", "doctor", "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    return any(name == "hide_metadata" and on for name, on, _ in json.loads(done.stdout)["layers"])


needs_full = pytest.mark.skipif(
    bool(_kernel_gap()), reason=f"this kernel cannot give the full sandbox ({_kernel_gap()}); "
    "test_partial_sandbox_is_reported_and_can_be_refused covers that case")
needs_seccomp = pytest.mark.skipif(
    bool(seccomp.supported()), reason="the kernel's lack of Landlock is simulated with a seccomp "
    f"filter, and this machine has none ({seccomp.supported()})")


def _tree(folder: Path) -> dict:
    """Every file under `folder` with its mode and a hash of its content."""
    def digest(p: Path) -> str:
        return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() \
            else ""

    return {str(p.relative_to(folder)): (p.lstat().st_mode, digest(p))
            for p in sorted(folder.rglob("*"))}




class Arena:
    """Judges one solution in a private temp folder, then checks the run left nothing behind."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path / "tmp"                  # the judge's TMPDIR: workers' folders go here
        self.outside = tmp_path / "outside"          # a folder the solution must not touch
        self.tmp.mkdir()
        self.outside.mkdir()
        (self.outside / "canary.txt").write_text("do not touch\n")
        self.solution = tmp_path / "solution.py"
        self.cache = tmp_path / "cache"              # a private copy: other runs share the real one
        self.cache.mkdir()
        shared = Path(os.environ["JUDGE_CACHE_DIR"]) / "calibration.json"
        (self.cache / "calibration.json").write_bytes(shared.read_bytes())

    def source(self, body: str = "return 0", module: str = "") -> str:
        text = textwrap.dedent(module) + "\nclass Solution:\n    def maxArea(self, height):\n" + \
            textwrap.indent(textwrap.dedent(body), " " * 8) + "\n"
        for token, value in {"@ANSWER@": ANSWER, "@PROBLEM@": PROBLEM, "@OUTSIDE@": self.outside,
                             "@SOLUTION@": self.solution, "@CACHE@": self.cache,
                             "@PROBLEMS@": PROBLEM.parent}.items():
            text = text.replace(token, str(value))
        return text

    def _state(self) -> tuple:
        return _tree(PROBLEM), _tree(self.outside), self.solution.read_bytes(), _tree(self.cache)

    def judge(self, body: str = "return 0", module: str = "", *args: str, env: dict | None = None):
        self.solution.write_text(self.source(body, module))
        before = self._state()
        env = {**os.environ, "TMPDIR": str(self.tmp), "NO_COLOR": "1", "JUDGE_NO_HISTORY": "1",
               "JUDGE_CACHE_DIR": str(self.cache), **(env or {})}
        done = subprocess.run([sys.executable, "-m", "judge", "run", "11", "--solution",
                               str(self.solution), "--format", "json", *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
                              start_new_session=True)   # a stray SIGIO to its group spares pytest
        assert self._state() == before, "a file outside the worker's folder changed"
        assert not [p for p in self.tmp.iterdir() if p.name.startswith("judge-worker-")], \
            "a worker's scratch folder was left behind"
        assert not leftovers(str(self.tmp)), "a process of the solution outlived the run"
        doc = json.loads(done.stdout) if done.stdout.strip() else None
        return done.returncode, doc, done.stderr


@pytest.fixture(scope="module")
def calibrated():
    """Time limits measured before any attack, so that the cache stays as it is during them."""
    from judge import api
    from judge.engine import limits

    return limits.limits_for(api.find_problem("11"))


@pytest.fixture
def arena(tmp_path, calibrated):
    return Arena(tmp_path)


DENIED = "Errno 1] Operation not permitted"     # seccomp, or a capability the worker lacks
NO_ACCESS = "Errno 13] Permission denied"       # Landlock
HIDDEN = "@HIDDEN@"     # hidden data: not there at all where the worker has a mount namespace
HIDDEN_LINK = "@HIDDEN_LINK@"


def hidden_says(says: str) -> str:
    """What a refused attempt on the hidden data says on this machine."""
    gone = "Errno 2] No such file or directory"
    return {HIDDEN: gone if hides_metadata() else NO_ACCESS,
            HIDDEN_LINK: gone if hides_metadata() else "Errno 18] Invalid cross-device link"
            }.get(says, says)

ATTACKS = [
    # --- reading what it should not ------------------------------------------------------------
    ("reads a hidden answer", "return int(open('@ANSWER@').read())", "RE", HIDDEN),
    ("runs the reference solution", """
        namespace = {}
        exec(open('@PROBLEM@/reference.py').read(), namespace)
        return namespace['Solution']().maxArea(height)
     """, "RE", HIDDEN),
    ("lists the problems", "import os\nreturn len(os.listdir('@PROBLEMS@'))", "RE", NO_ACCESS),
    ("reads the judge's environment through /proc",
     "import os\nreturn len(open(f'/proc/{os.getppid()}/environ', 'rb').read())", "RE", NO_ACCESS),
    ("reads a file outside the Python installation", "return len(open('/etc/passwd').read())",
     "RE", NO_ACCESS),
    ("reads the judge's memory", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        buf = ctypes.create_string_buffer(64)
        local = (ctypes.c_void_p * 2)(ctypes.addressof(buf), 64)
        remote = (ctypes.c_void_p * 2)(4096, 64)
        if libc.process_vm_readv(os.getppid(), local, 1, remote, 1, 0) < 0:
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
        return 0
     """, "RE", DENIED),
    ("hard-links an answer into its folder", "import os\nos.link('@ANSWER@', 'stolen')\n"
     "return int(open('stolen').read())", "RE", HIDDEN_LINK),
    ("reads an answer through a symbolic link", "import os\nos.symlink('@ANSWER@', 'stolen')\n"
     "return int(open('stolen').read())", "RE", HIDDEN),
    ("looks for answers in memory, frames and gc", """
        import gc, sys
        suffix = '.' + 'an' + 's'          # built here, so that its own code does not match
        found = []
        for o in gc.get_objects():
            if type(o).__name__ in ('Case', 'CaseResult', 'Problem'):
                found.append(type(o).__name__)
            if isinstance(o, dict) and 'expected' in o:
                found.append('expected')
            items = o.values() if isinstance(o, dict) else o if isinstance(o, (list, tuple)) else ()
            found += [v for v in items
                      if isinstance(v, str) and v.endswith(suffix) and v is not suffix]
        frame = sys._getframe()
        while frame:
            found += [k for k in frame.f_locals if k == 'expected']
            frame = frame.f_back
        raise RuntimeError(f'found {found!r}')
     """, "RE", "RuntimeError: found []"),
    # --- writing ---------------------------------------------------------------------------------
    ("writes outside its folder", "open('@OUTSIDE@/pwned.txt', 'w').write('x')", "RE", NO_ACCESS),
    ("overwrites an expected answer", "open('@ANSWER@', 'w').write('0')", "RE", HIDDEN),
    ("rewrites its own file", "open('@SOLUTION@', 'a').write('#')", "RE", NO_ACCESS),
    ("poisons the calibration cache", "open('@CACHE@/calibration.json', 'w').write('{}')",
     "RE", NO_ACCESS),
    ("changes the permissions of an answer", "import os\nos.chmod('@ANSWER@', 0o666)", "RE",
     DENIED),
    ("changes the times of an answer", "import os\nos.utime('@ANSWER@', (0, 0))", "RE", DENIED),
    ("truncates an answer by path", "import os\nos.truncate('@ANSWER@', 0)", "RE", DENIED),
    ("litters its folder and points a link outside", """
        import os, tempfile
        os.makedirs('deep/er/still')
        open('deep/er/still/file', 'w').write('x' * 1000)
        tempfile.NamedTemporaryFile(delete=False).write(b'x')
        os.symlink('@OUTSIDE@/canary.txt', 'deep/link-to-canary')
        os.umask(0o777)
        os.mkdir('locked')
        return -1
     """, "WA", "wrong answer"),
    # --- network ---------------------------------------------------------------------------------
    ("connects over TCP", "import socket\nsocket.create_connection(('127.0.0.1', @PORT@), 1)",
     "RE", DENIED),
    ("sends a UDP packet", "import socket\n"
     "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', @PORT@))",
     "RE", DENIED),
    ("opens a socket through a raw system call", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.socket(2, 1, 0) < 0:
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    # --- processes and programs ------------------------------------------------------------------
    ("forks", "import os\nif os.fork() == 0: os._exit(0)", "RE", DENIED),
    ("starts a program", "import subprocess\nsubprocess.run(['/bin/true'])", "RE", DENIED),
    ("execs a program", "import os\nos.execv('/bin/sh', ['sh', '-c', 'exit 0'])", "RE", DENIED),
    ("spawns a program", "import os\nos.posix_spawn('/bin/true', ['true'], {})", "RE", DENIED),
    ("starts a multiprocessing.Process", """
        import multiprocessing
        multiprocessing.Process(target=print).start()
     """, "RE", DENIED),
    ("clones a process by raw system call", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        pid = libc.syscall(56 if os.uname().machine == 'x86_64' else 220, 17, 0, 0, 0, 0)
        if pid == 0:
            os._exit(0)
        if pid < 0:
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    ("forks through the x32 system-call numbers", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        if os.uname().machine != 'x86_64':
            raise OSError(38, 'no x32 on this machine')
        pid = libc.syscall(0x40000000 | 57)
        if pid == 0:
            os._exit(0)
        if pid < 0:
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", "Errno 38]"),
    ("enters a new user namespace", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(0x10000000) < 0:                        # CLONE_NEWUSER
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    ("traces the judge", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.ptrace(16, os.getppid(), 0, 0) < 0:     # PTRACE_ATTACH
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    # --- signals and limits ----------------------------------------------------------------------
    ("kills the judge", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)", "RE", DENIED),
    ("signals every process it may", "import os\nos.kill(-1, 0)", "RE", DENIED),
    ("signals the judge's process group", "import os\nos.killpg(os.getpgid(os.getppid()), 0)",
     "RE", DENIED),
    ("lowers the judge's limits", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        limit = (ctypes.c_uint64 * 2)(0, 0)
        if libc.prlimit(os.getppid(), 7, limit, None) < 0:     # RLIMIT_NOFILE
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    ("renices the judge", """
        import os
        os.setpriority(os.PRIO_PROCESS, os.getppid(), os.getpriority(os.PRIO_PROCESS, os.getppid()))
     """, "RE", DENIED),
    ("lifts its memory limit, then hoards", """
        import resource
        try:
            resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY,) * 2)
        except (ValueError, OSError):
            pass
        hoard = [bytearray(10**8) for _ in range(100)]
     """, "MLE", "memory limit"),
    ("maps memory past the limit", "import mmap\nm = mmap.mmap(-1, 64 * 2**30)", "MLE",
     "memory limit"),
    ("lifts its CPU limit, then spins", """
        import resource, signal
        signal.signal(signal.SIGXCPU, signal.SIG_IGN)
        try:
            resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY,) * 2)
        except (ValueError, OSError):
            pass
        while True: pass
     """, "TLE", "ms limit"),
    ("leaves a System V shared memory segment", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.shmget(0, 4096, 0o1600) < 0:                   # IPC_PRIVATE, IPC_CREAT | 0600
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    ("sets up io_uring, which would bypass the filter", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        params = ctypes.create_string_buffer(120)
        if libc.syscall(425, 8, params) < 0:
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
     """, "RE", DENIED),
    # --- time ----------------------------------------------------------------------------------
    ("blocks the alarm signal and sleeps in C", """
        import signal, time
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(10**6)
     """, "TLE", "wall time"),
    ("spins in four threads", """
        import threading
        def spin():
            while True: pass
        workers = [threading.Thread(target=spin) for _ in range(4)]
        for w in workers: w.start()
        for w in workers: w.join()
     """, "TLE", "ms limit"),
    ("leaves threads running after a wrong answer", """
        import threading
        def spin():
            while True: pass
        threading.Thread(target=spin).start()
        return -1
     """, "WA", "wrong answer"),
    # --- forging a result ----------------------------------------------------------------------
    ("prints a forged result line", """
        print('{"event": "result", "name": "01-two-equal", "status": "ok", "answer": 1}')
        return -1
     """, "WA", "wrong answer"),
    ("writes junk to the result channel", "import os, sys\nos.write(int(sys.argv[3]), b'junk\\n')",
     "RE", "result channel"),
    ("floods the result channel", """
        import os, sys
        for _ in range(64):
            os.write(int(sys.argv[3]), b'x' * 2**20)
     """, "RE", "result channel"),
    ("forges a ready message before its own", "return -1",
     "RE", "result channel"),     # module code below
    ("exits cleanly mid-case", "import sys\nsys.exit(0)", "RE", "SystemExit: 0"),
    ("ends with os._exit(0)", "import os\nos._exit(0)", "RE", "exited"),
    ("crashes the interpreter", "import ctypes\nctypes.string_at(0)", "RE", "segmentation fault"),
    ("returns an object equal to everything", """
        class Anything:
            def __eq__(self, other): return True
        return Anything()
     """, "WA", "not a valid answer"),
]
MODULE = {"forges a ready message before its own":
          "import os, sys\nos.write(int(sys.argv[3]), b'{\"event\": \"ready\"}\\n')"}


def assert_refused_when_partial(arena: Arena, body: str, env: dict | None = None) -> None:
    """The report says `partial`, and `--require-sandbox` exits 2 before the solution runs."""
    marker = arena.outside.parent / "module-code-ran"
    module = f"open({str(marker)!r}, 'w').close()"
    code, doc, err = arena.judge(body, module, "--require-sandbox", env=env)
    assert code == 2 and "partial" in err and "Traceback" not in err, err
    assert not marker.exists(), "the solution ran although the sandbox was refused"
    code, doc, err = arena.judge("return -1", "", env=env)    # not the attack: nothing stops it
    assert (doc["verdict"], doc["sandbox"][:9]) == ("WA", "partial ("), doc["sandbox"]


def partial_here(arena: Arena, body: str) -> bool:
    """On a kernel without the full sandbox, check what must hold there instead (the report
    says `partial`, `--require-sandbox` refuses) and say so: the attack suite never just skips."""
    if not _kernel_gap():
        return False
    assert_refused_when_partial(arena, body)
    return True


@pytest.mark.parametrize("name, body, verdict, says", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_attack_fails(arena, name, body, verdict, says):
    if partial_here(arena, body.replace("@PORT@", "9")):
        return
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    with listener:
        body = body.replace("@PORT@", str(listener.getsockname()[1]))
        code, doc, err = arena.judge(body, MODULE.get(name, ""))
        with pytest.raises(BlockingIOError):
            listener.accept()           # nothing connected
    assert says, "an attack names what its refusal says: an empty string matches anything"
    assert code == 1, err
    assert doc["verdict"] == verdict, doc["message"]
    assert hidden_says(says) in doc["message"] + "".join((doc["failure"] or {}).values())
    assert doc["sandbox"] == "full"


@needs_full
def test_forged_results_with_a_forged_time_are_timed_by_the_kernel(arena):
    """Burns more CPU than a case may, silences the worker, and sends its own results claiming
    1 ms each. Only the kernel's count, read by the judge, catches it."""
    body = textwrap.dedent("""
        import json, os, sys, time
        frames, frame = [], sys._getframe()
        while frame:
            frames.append(frame)
            frame = frame.f_back
        setup = next(f.f_locals['setup'] for f in frames if 'setup' in f.f_locals)
        name = next(f.f_locals['name'] for f in frames if f.f_code.co_name == '_call')
        if not hasattr(Solution, 'channel'):
            Solution.channel = os.dup(int(sys.argv[3]))
            os.dup2(os.pipe()[1], int(sys.argv[3]))     # the worker's own lines go nowhere now
            end = time.process_time() + 0.6 * setup['case_wall_s']    # 1.2 times the case limit
            while time.process_time() < end: pass
        time.process_time = lambda: 0.0
    """) + TWO_POINTERS + textwrap.dedent("""
        answer = json.dumps(best).encode()           # framed as the worker frames it
        line = {'event': 'result', 'name': name, 'status': 'ok', 'cpu_ms': 1.0,
                'answer_bytes': len(answer), 'stdout': ''}
        os.write(Solution.channel, json.dumps(line).encode() + b'\\n' + answer + b'\\n')
        return best
    """)
    code, doc, err = arena.judge(body)
    assert doc["verdict"] == "TLE", doc["message"]


@needs_full
def test_honest_solutions_keep_what_they_need(arena):
    """Threads, a temporary file, modules loaded on demand (some with C libraries), printing and
    deep recursion all still work under the sandbox."""
    body = textwrap.dedent("""
        import decimal, fractions, hashlib, tempfile, threading, zlib
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(2) as pool:
            assert list(pool.map(abs, [-1, -2])) == [1, 2]
        with tempfile.TemporaryFile() as f:
            f.write(b'scratch'); f.seek(0); assert f.read() == b'scratch'
        open('notes.txt', 'w').write('cwd is writable')
        assert hashlib.sha256(b'').hexdigest().startswith('e3b0')
        assert zlib.decompress(zlib.compress(b'x')) == b'x'
        assert fractions.Fraction(1, 3) * 3 == 1
        assert decimal.Decimal('0.1') * 3 == decimal.Decimal('0.3')
        assert SortedList([3, 1, 2])[0] == 1
        def depth(i): return 0 if i == 0 else 1 + depth(i - 1)
        assert depth(50_000) == 50_000
        print('debug output')
    """) + TWO_POINTERS + "return best\n"
    code, doc, err = arena.judge(body)
    assert (code, doc["verdict"]) == (0, "AC"), doc["message"]
    assert doc["sandbox"] == "full"


@needs_full
def test_require_sandbox_grades_when_the_sandbox_is_full(arena):
    code, doc, err = arena.judge(TWO_POINTERS + "return best\n", "", "--require-sandbox")
    assert (code, doc["verdict"], doc["sandbox"]) == (0, "AC", "full")


def _without_landlock():
    """For a child process: make the Landlock system calls fail as on a kernel without them
    (ENOSYS), by a seccomp filter that the judge and its workers inherit."""
    nr = lambda k: struct.pack("<HBBI", 0x20, 0, 0, k)                          # noqa: E731
    jge = lambda k, jt, jf: struct.pack("<HBBI", 0x35, jt, jf, k)               # noqa: E731
    ret = lambda k: struct.pack("<HBBI", 0x06, 0, 0, k)                         # noqa: E731
    code = nr(0) + jge(444, 0, 2) + jge(447, 1, 0) + ret(0x00050000 | errno.ENOSYS) + \
        ret(0x7FFF0000)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = struct.pack("HxxxxxxQ", len(code) // 8, ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(38, 1, 0, 0, 0) == 0
    assert libc.prctl(22, 2, ctypes.c_char_p(prog), 0, 0) == 0


@needs_seccomp
def test_partial_sandbox_is_reported_and_can_be_refused(tmp_path):
    marker = tmp_path / "ran.txt"
    solution = tmp_path / "solution.py"
    solution.write_text(f"open({str(marker)!r}, 'w').write('module code ran')\n"
                        "class Solution:\n    def maxArea(self, height):\n        return -1\n")
    command = [sys.executable, "-m", "judge", "run", "11", "--solution", str(solution)]
    refused = subprocess.run(command + ["--require-sandbox"], cwd=ROOT, capture_output=True,
                             text=True, timeout=120, preexec_fn=_without_landlock)
    assert refused.returncode == 2
    assert refused.stdout == "" and len(refused.stderr.splitlines()) == 1
    assert "partial (no landlock)" in refused.stderr and "Traceback" not in refused.stderr
    assert not marker.exists(), "the solution ran although the sandbox was refused"
    graded = subprocess.run(command + ["--format", "json"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, preexec_fn=_without_landlock)
    doc = json.loads(graded.stdout)
    assert (doc["verdict"], doc["sandbox"]) == ("WA", "partial (no landlock)")
    assert marker.exists()   # without Landlock, a write outside its folder is no longer stopped


@needs_full
def test_doctor_proves_each_protection(cli):
    code, out, err = cli("doctor", "--format", "json")
    doc = json.loads(out)
    assert code == 0, out
    assert doc["sandbox"] == "full" and doc["ok"]
    assert [c["attempt"] for c in doc["checks"] if not c["ok"]] == []
    active = {name for name, on, _ in doc["layers"] if on}
    assert active - {"hide_metadata"} == set(protocol.LAYERS)


@needs_seccomp
def test_doctor_says_what_is_missing():
    env = {k: v for k, v in os.environ.items() if k != protocol.ABI_KNOB}
    done = subprocess.run([sys.executable, "-m", "judge", "doctor", "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, preexec_fn=_without_landlock,
                          env=env)
    doc = json.loads(done.stdout)
    assert done.returncode == 1
    assert doc["sandbox"] == "partial (no landlock)"
    landlock_layer = next(d for name, _, d in doc["layers"] if name == "landlock")
    assert "no Landlock" in landlock_layer
    failed = {c["attempt"] for c in doc["checks"] if not c["ok"]}
    assert "list the judge's own folder" in failed
    assert "start a process" not in failed           # seccomp still holds


def test_status_text():
    layer = lambda name, on: protocol.Layer(name, on, "")                        # noqa: E731
    full = protocol.Sandbox(tuple(layer(n, True) for n in protocol.LAYERS))
    assert (full.full, full.text) == (True, "full")
    partial = protocol.Sandbox(tuple(layer(n, n not in ("landlock", "seccomp"))
                                     for n in protocol.LAYERS))
    assert partial.text == "partial (no landlock, no seccomp)" and not partial.full
    line = protocol.encode({"event": protocol.SANDBOX, **partial.to_json()})
    assert protocol.decode(line.rstrip(b"\n")) == partial     # what the worker sends, read back


HEADERS = {"x86_64": Path("/usr/include/x86_64-linux-gnu/asm/unistd_64.h"),
           "aarch64": Path("/usr/include/asm-generic/unistd.h")}


@pytest.mark.parametrize("machine, column", [("x86_64", 0), ("aarch64", 1)])
def test_system_call_numbers_match_the_kernel_headers(machine, column):
    header = HEADERS[machine]
    if not header.exists():
        pytest.skip(f"{header} is not installed (Debian: linux-libc-dev); the attacks above "
                    "still test the numbers of this machine")
    import re

    defined = dict(re.findall(r"#define __NR(?:3264)?_(\w+)\s+(\d+)", header.read_text()))
    checked = 0
    for name, numbers in seccomp.NUMBERS.items():
        if numbers[column] is not None and name in defined:
            assert int(defined[name]) == numbers[column], name
            checked += 1
    assert checked > 60     # the headers may predate the newest calls (fchmodat2, file_setattr)
