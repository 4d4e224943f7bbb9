"""What `judge check --all` costs, and where the time goes.

    python bench/check.py [--rounds 3] [--jobs 2] [PROBLEM ...]

Runs the whole check `--rounds` times and prints the median wall time, then, from the last round,
the worker time per problem split into the known-verdict submissions (time-limit ones apart:
they dominate) and the mutants, and the slowest single jobs. Wall time depends on what else the
machine runs; the worker-time split does much less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge import api  # noqa: E402
from judge.engine.verdicts import Verdict  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    found = [api.find_problem(q) for q in args.problems] or api.list_problems()
    walls, report = [], None
    for i in range(args.rounds):
        started = time.monotonic()
        report = api.check(found, jobs=args.jobs, fresh=True)   # cold: every check runs
        walls.append(time.monotonic() - started)
        print(f"round {i + 1}: {walls[-1]:.1f} s wall, {'pass' if report.ok else 'FAIL'}")
    print(f"judge check on {len(found)} problems, -j {args.jobs}: median {statistics.median(walls):.1f} s "
          f"wall over {args.rounds} rounds (min {min(walls):.1f}, max {max(walls):.1f})")
    jobs = []
    for p in report.problems:
        tle = sum(c.seconds for c in p.submissions if c.expected is Verdict.TLE)
        other = sum(c.seconds for c in p.submissions if c.expected is not Verdict.TLE)
        mutants = sum(m.seconds for m in p.mutants)
        timed_out = sum(m.seconds for m in p.mutants if m.verdict is Verdict.TLE)
        print(f"  {p.key}: {p.worker_seconds:.1f} worker-s = time-limit submissions {tle:.1f} + "
              f"other submissions {other:.1f} + {len(p.mutants)} mutants {mutants:.1f} "
              f"(of which {timed_out:.1f} for those killed by the time limit)")
        jobs += [(c.seconds, f"{p.id} {c.path}") for c in p.submissions]
        jobs += [(m.seconds, f"{p.id} mutant {m.id} ({m.verdict.code})") for m in p.mutants]
    print("  slowest jobs: " + ", ".join(f"{name} {s:.1f} s" for s, name in sorted(jobs)[-6:][::-1]))


if __name__ == "__main__":
    main()
