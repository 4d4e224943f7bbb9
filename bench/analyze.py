"""What `judge analyze` measures on the problems' own known-verdict submissions, and what it costs.

    python bench/analyze.py [PROBLEM ...] [--folders accepted,time_limit_exceeded] [--repeats 3]

For each problem, the reference and every submission in the given folders: the exponent and the
model on its worst family (the family where it is slowest at the largest hidden size), the fit's
quality, the exponent on every family, and the wall time the analysis took. Beside each, the
growth the file's own approach has (EXPECTED below, from reading the code), so that a reader
can see how far each measured exponent is from the truth (within 0.3 is the aim). Timings
depend on the machine's load: run it on a quiet machine, or read it with the load printed at
the top.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge import api  # noqa: E402
from judge.engine import growth  # noqa: E402

# The true growth on the worst family, by reading each approach (exponent of n).
EXPECTED = {
    "11/time_limit_exceeded/*": 2, "76/time_limit_exceeded/*": 2,
    "76/time_limit_exceeded/substring_count_every_window": 3,
    "239/time_limit_exceeded/*": 2,
    # pop(0) shifts the whole queue: n * k memory moves, tiny each, on a window of n / 2
    "239/accepted/list_pop0_as_queue": 2,
}       # everything else: linear
LOG_FACTOR = {"11/accepted/sort_by_height", "76/accepted/binary_search_window_length",
              "239/accepted/heap_lazy_deletion", "239/accepted/sorted_list_window",
              "239/accepted/segment_tree_iterative"}


def expected(key: str) -> str:
    folder = key.rsplit("/", 1)[0] + "/*"
    power = EXPECTED.get(key, EXPECTED.get(folder, 1))
    base = "n" if power == 1 else f"n^{power}"
    return f"{base} log n" if key in LOG_FACTOR else base


def row(problem, path: Path, key: str, repeats: int) -> None:
    started = time.monotonic()
    found = growth.analyze(problem, path, repeats=repeats, with_reference=False)
    spent = time.monotonic() - started
    worst = found.worst
    fit = worst.time_fit if worst else None
    per_family = " ".join(f"{c.family}={c.time_fit.exponent:.2f}" if c.time_fit else
                          f"{c.family}=?" for c in found.curves)
    head = (f"{fit.exponent:5.2f} {fit.growth:<16} {fit.quality:<9}" if fit else
            f"{'?':>5} {'no fit':<16} {'':<9}")
    print(f"{key:<56} {expected(key):<10} {head} {spent:6.1f} s  worst {worst.family if worst else '-'}"
          f"  [{per_family}]", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*")
    parser.add_argument("--folders", default="accepted,time_limit_exceeded")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    found = [api.find_problem(q) for q in args.problems] or api.list_problems()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; "
          f"repeats {args.repeats}")
    print(f"{'solution':<56} {'truth':<10} {'exp':>5} {'model':<16} {'fit':<9} {'wall':>8}")
    started = time.monotonic()
    for problem in found:
        try:
            growth.families(problem)
        except Exception as e:          # a problem without families() is skipped, and says why
            print(f"{problem.id}: skipped: {e}")
            continue
        row(problem, problem.root / "reference.py", f"{problem.id}/reference", args.repeats)
        for folder in args.folders.split(","):
            for path in sorted((problem.root / "submissions" / folder).glob("*.py")):
                row(problem, path, f"{problem.id}/{folder}/{path.stem}", args.repeats)
    print(f"all: {time.monotonic() - started:.0f} s wall")


if __name__ == "__main__":
    main()
