"""What does the sandbox cost? Prints medians of N runs, with and without it, measured interleaved
in the same run so that machine noise hits both alike.

  worker start   a worker from launch to `ready` (interpreter, imports, limits, sandbox,
                 loading the solution): the cost that every judged run pays once
  judge run      `api.run` of the reference on every hidden case: the whole run
  apply()        sandbox.apply alone, timed inside a fresh process
  system call    os.getppid() in a loop, with and without the seccomp filter: what the filter
                 adds to every system call the solution makes

"Without" starts the worker with a stand-in for judge.worker.sandbox that applies nothing (so the
import of ctypes and of the sandbox modules is part of the cost measured).

    python bench/sandbox.py [PROBLEM] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge import api  # noqa: E402
from judge.engine import launch, limits, protocol, spawn  # noqa: E402

NO_SANDBOX = (
    "import sys, json, types; sys.path[:0] = json.loads(sys.argv[1]); "
    "stub = types.ModuleType('judge.worker.sandbox'); "
    "Status = type('Status', (), {'full': True, 'to_json': lambda self: {'layers': []}}); "
    "stub.apply = lambda *a: Status(); sys.modules['judge.worker.sandbox'] = stub; "
    "import judge.worker; judge.worker.sandbox = stub; "
    "from judge.worker.main import main; main(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))")
APPLY = """
import json, os, sys, time
sys.path[:0] = json.loads(sys.argv[1])
from judge.worker import main, sandbox
main.set_limits(256, 10)
start = time.perf_counter()
sandbox.apply(sys.argv[2], [], "/nonexistent")
print((time.perf_counter() - start) * 1000)
"""
SYSCALLS = """
import json, os, sys, time
sys.path[:0] = json.loads(sys.argv[1])
from judge.worker import seccomp
if sys.argv[2] == "filtered":
    import ctypes
    ctypes.CDLL(None).prctl(38, 1, 0, 0, 0)
    seccomp.install(os.getpid())
n = 200_000
start = time.perf_counter()
for _ in range(n):
    os.getppid()
print((time.perf_counter() - start) / n * 1e9)
"""


def worker_start(problem, reference, lim, boot: str) -> float:
    launch.BOOT = boot
    start = time.perf_counter()
    with spawn.Worker(problem, reference, lim) as worker:
        hello = worker.start()
        assert isinstance(hello, protocol.Ready), hello
        return (time.perf_counter() - start) * 1000


def judge_run(problem, reference, boot: str) -> float:
    launch.BOOT = boot
    start = time.perf_counter()
    report = api.run(problem, reference)
    assert report.verdict.code == "AC", report.message
    return (time.perf_counter() - start) * 1000


def child(code: str, *args: str) -> float:
    path = launch.worker_path()
    out = subprocess.run([sys.executable, "-I", "-S", "-c", code, __import__("json").dumps(path),
                          *args], capture_output=True, text=True, check=True, cwd="/tmp")
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("problem", nargs="?", default="11")
    parser.add_argument("--runs", type=int, default=15)
    opts = parser.parse_args()
    problem = api.find_problem(opts.problem)
    reference = problem.root / "reference.py"
    lim = limits.limits_for(problem)
    sandboxed = launch.BOOT
    measures = {
        "worker start": lambda i, boot: worker_start(problem, reference, lim, boot),
        "judge run": lambda i, boot: judge_run(problem, reference, boot),
        "system call": lambda i, boot: child(SYSCALLS, "filtered" if i == 0 else "bare"),
    }
    rows = {name: ([], []) for name in measures}
    for name, measure in measures.items():      # pairs run back to back, neither always first
        for run in range(opts.runs):
            order = [(0, sandboxed), (1, NO_SANDBOX)]
            for i, boot in order if run % 2 else order[::-1]:
                rows[name][i].append(measure(i, boot))
    applied = []
    for _ in range(opts.runs):
        with tempfile.TemporaryDirectory() as folder:
            applied.append(child(APPLY, folder))
    launch.BOOT = sandboxed
    print(f"problem {problem.key}, reference solution, median of {opts.runs} interleaved runs")
    print("  cost: the median of the differences within each back-to-back pair, which machine")
    print("  load drifting during the run disturbs less than a difference of medians")
    print(f"  {'':24}{'sandbox':>10}{'none':>10}{'cost':>10}{'ratio':>8}")
    for name, (with_, without) in rows.items():
        a, b = statistics.median(with_), statistics.median(without)
        cost = statistics.median(x - y for x, y in zip(with_, without))
        unit = "ns" if name == "system call" else "ms"
        print(f"  {name + ' (' + unit + ')':24}{a:10.1f}{b:10.1f}{cost:10.1f}{a / b:8.2f}")
    print(f"  {'apply() alone (ms)':24}{statistics.median(applied):10.2f}")


if __name__ == "__main__":
    main()
