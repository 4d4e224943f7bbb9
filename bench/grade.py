"""Grading throughput: the same 30 submissions with `judge grade -j 1` and `-j 2`.

The roster is made of the problems' known-verdict submissions (accepted, wrong answer, runtime
error; nothing that waits for a time limit), copied into ROSTER/pNN/<problem>.py. Limits are
calibrated first, in a private cache, so that every timed run only grades. Runs alternate
between -j 1 and -j 2 so that machine noise hits both alike; the ratio is taken within each pair
and the median of those is printed, beside the medians of the wall times.

    python bench/grade.py [--runs N] [--jobs J]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("accepted", "wrong_answer", "runtime_error")


def build_roster(folder: Path, count: int) -> Path:
    sources = sorted((path, problem.name) for problem in (ROOT / "problems").iterdir()
                     if (problem / "data" / "secret").is_dir()
                     for kind in KINDS for path in (problem / "submissions" / kind).glob("*.py"))
    if not sources:
        raise SystemExit("no known-verdict submissions with data found under problems/")
    roster = folder / "roster"
    for i in range(count):
        source, key = sources[i % len(sources)]
        target = roster / f"p{i + 1:02d}" / f"{key}.py"
        target.parent.mkdir(parents=True)
        shutil.copy(source, target)
    return roster


def grade(roster: Path, jobs: int) -> tuple[float, list[tuple[str, str]]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "judge", "grade", str(roster), "-j", str(jobs),
                           "--format", "json"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"judge grade failed ({done.returncode}): {done.stderr.strip()}")
    doc = json.loads(done.stdout)
    return seconds, [(r["solution"], r["verdict"]) for r in doc["reports"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JUDGE_CACHE_DIR"] = str(Path(tmp) / "cache")
        roster = build_roster(Path(tmp), args.count)
        sys.path.insert(0, str(ROOT))
        from judge import api
        from judge.engine import limits

        for key in sorted({p.stem for p in roster.glob("*/*.py")}):
            limits.limits_for(api.find_problem(key))   # calibrate outside the timed runs
        serial, parallel, ratios = [], [], []
        verdicts = None
        for _ in range(args.runs):
            one, v1 = grade(roster, 1)
            many, v2 = grade(roster, args.jobs)
            if v1 != v2 or (verdicts is not None and v1 != verdicts):
                raise SystemExit("verdicts differ between runs: parallel must equal serial")
            verdicts = v1
            serial.append(one)
            parallel.append(many)
            ratios.append(one / many)
    counts = {v: sum(1 for _, got in verdicts if got == v) for v in sorted({v for _, v in verdicts})}
    print(f"{args.count} submissions ({', '.join(f'{n} {v}' for v, n in counts.items())}), "
          f"{args.runs} runs each, {os.cpu_count()} cores, load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after (other work on the machine slows -j 2 the most)")
    print(f"-j 1          median {statistics.median(serial):6.2f} s   "
          f"({', '.join(f'{s:.2f}' for s in serial)})")
    print(f"-j {args.jobs:<10} median {statistics.median(parallel):6.2f} s   "
          f"({', '.join(f'{s:.2f}' for s in parallel)})")
    print(f"speed-up      {statistics.median(ratios):.2f}x (median of per-pair ratios; "
          f"{statistics.median(serial) / statistics.median(parallel):.2f}x from the medians)")
    print(f"least disturbed run of each: {min(serial):.2f} s / {min(parallel):.2f} s = "
          f"{min(serial) / min(parallel):.2f}x")
    print(f"throughput    {args.count / statistics.median(serial):.1f} -> "
          f"{args.count / statistics.median(parallel):.1f} submissions/s")


if __name__ == "__main__":
    main()
