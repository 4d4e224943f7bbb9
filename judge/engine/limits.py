"""Time limits derived from the reference solution, measured once per machine and cached.

A fixed limit in seconds is wrong somewhere: too loose on a fast laptop, too tight on a slow CI
runner. So the judge times the reference on the hidden cases (CPU time, median of three runs) and
allows `time_factor` times its slowest case, with a floor:

    case limit = max(time_floor_ms, time_factor * slowest reference case)
    run limit  = max(2 * case limit, time_factor * reference total)

With the default factor of 100, accepted approaches that are up to ~35x slower than the reference
pass with room to spare, and brute force (1000x and more) fails by a wide margin. The measurement
is cached in the user's cache folder, keyed by machine, Python and the problem's files.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import platform
import sys
import threading
from pathlib import Path

from judge.engine.cachedir import CACHE_ENV, cache_dir
from judge.errors import ProblemError, UsageError
from judge.engine.problems import Problem
from judge.engine.verdicts import Limits, Verdict

ROUNDS = 3
METHOD = "kernel-cpu-1"   # how the reference is timed; a new method must not reuse old figures


def _fingerprint(problem: Problem) -> str:
    h = hashlib.sha256()
    for part in (METHOD, platform.node(), platform.machine(), sys.version):
        h.update(part.encode() + b"\0")
    for name in ("problem.toml", "reference.py"):
        h.update((problem.root / name).read_bytes() + b"\0")
    for path in sorted((problem.root / "data" / "secret").glob("*")):
        h.update(f"{path.name}:{path.stat().st_size}\0".encode())
    return h.hexdigest()[:24]


def derive(problem: Problem, slowest_ms: float, total_ms: float,
           per_case: dict[str, float] | None = None) -> Limits:
    case = max(problem.time_floor_ms, round(problem.time_factor * slowest_ms))
    run = max(2 * case, round(problem.time_factor * total_ms))
    return Limits(case_time_ms=case, run_time_ms=run, memory_mb=problem.memory_mb,
                  reference_ms=round(slowest_ms, 3),
                  reference_cases=tuple(sorted((per_case or {}).items())))


def measure(problem: Problem) -> tuple[float, float, dict[str, float]]:
    """Time the reference on every hidden case; return (slowest, total) of per-case medians,
    and the medians by case (reports compare a solution's times with them)."""
    import statistics       # here: judging with limits already measured does not need it

    from judge.engine.runner import judge

    generous = Limits(case_time_ms=120_000, run_time_ms=1_200_000, memory_mb=4 * problem.memory_mb)
    cases = problem.cases("secret")
    reference = problem.root / "reference.py"
    times: dict[str, list[float]] = {c.name: [] for c in cases}
    for _ in range(ROUNDS):
        report = judge(problem, reference, cases, generous)
        if report.verdict is not Verdict.AC:
            raise ProblemError(f"{reference}: the reference is not accepted on its own data "
                               f"({report.verdict.title}: {report.message})")
        for r in report.results:
            times[r.name].append(r.time_ms)
    medians = {name: round(statistics.median(t), 3) for name, t in times.items()}
    return max(medians.values()), sum(medians.values()), medians


def _read(path: Path) -> dict:
    try:
        cached = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return cached if isinstance(cached, dict) else {}


def _complete(record) -> bool:
    return isinstance(record, dict) and {"slowest_ms", "total_ms", "cases"} <= record.keys() \
        and isinstance(record["cases"], dict)


def limits_for(problem: Problem) -> Limits:
    """The problem's limits on this machine, measuring the reference the first time.

    A measurement holds a lock on the cache, so that parallel graders (threads or processes)
    measure each reference once and never drop each other's entries.
    """
    path = cache_dir() / "calibration.json"
    key = f"{problem.key}:{_fingerprint(problem)}"
    record = _read(path).get(key)
    if not _complete(record):
        lock = _open_lock(path)
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            cached = _read(path)          # another grader may have measured it meanwhile
            record = cached.get(key)
            if not _complete(record):
                slowest, total, per_case = measure(problem)
                record = cached[key] = {"slowest_ms": slowest, "total_ms": total,
                                        "cases": per_case}
                scratch = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
                try:
                    scratch.write_text(json.dumps(cached, indent=1))
                    os.replace(scratch, path)   # atomic: readers never see half a file
                except OSError as e:
                    raise _unusable(path.parent, e) from None
    return derive(problem, record["slowest_ms"], record["total_ms"], record["cases"])


def _unusable(folder: Path, error: OSError) -> UsageError:
    where = f" (from {CACHE_ENV})" if os.environ.get(CACHE_ENV) else ""
    what = "is not a folder" if folder.exists() and not folder.is_dir() else \
        f"cannot be used: {error.strerror}"
    return UsageError(f"cache folder {folder}{where} {what}; point {CACHE_ENV} at a folder you "
                      "can write")


def _open_lock(path: Path):
    """The cache's lock file, creating the folder; UsageError when the folder is unusable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path.with_suffix(".lock"), "a")
    except OSError as e:
        raise _unusable(path.parent, e) from None


def calibrate(problems) -> None:
    """Measure each problem's reference now, before parallel work starts: alone, the figures are
    not disturbed by the work they will limit."""
    for problem in {p.key: p for p in problems}.values():
        limits_for(problem)
