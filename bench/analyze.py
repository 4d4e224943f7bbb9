"""What `judge analyze` measures on the problems' own submissions, against the growth each
declares (submissions/growth.toml), and what it costs.

    python bench/analyze.py [PROBLEM ...] [--folders accepted,time_limit_exceeded] [--repeats 3]
                            [--only accepted/heap_lazy_deletion]

For each problem, the reference and every submission in the given folders: the declared growth,
the exponent that growth shows over the sizes the exponent was taken on (n log n's is about
1.1), the measured exponent and model on the worst family (the family where it is slowest at
the largest hidden size), the fit's quality, ok or MISS, and the wall time of the analysis.
A row is ok when the measured exponent is within 0.3 of the declared one and the fit is not
uncertain (an uncertain fit is a miss, even when its number happens to be close); a declared
2^n is ok when the exponent is above 3 or the curve was too slow to fit at all. Timings depend
on the machine's load, printed at the top; the figures are CPU times, medians of the repeats.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge import api  # noqa: E402
from judge.engine import fitting, growth  # noqa: E402

WITHIN = 0.3


def verdict(truth: str, fit: fitting.Fit | None) -> tuple[str, float | None]:
    """("ok" or "MISS", the truth's exponent over the fitted sizes)."""
    if truth == "2^n":
        return ("ok" if fit is None or fit.exponent > 3 else "MISS"), math.inf
    if fit is None:
        return "MISS", None
    want = fitting.exponent_of(truth, fit.low, fit.high)
    good = abs(fit.exponent - want) <= WITHIN and fit.quality != "uncertain"
    return ("ok" if good else "MISS"), want


def row(problem, path: Path, key: str, truth: str, repeats: int) -> bool:
    started = time.monotonic()
    found = growth.analyze(problem, path, repeats=repeats, with_reference=False)
    spent = time.monotonic() - started
    worst = found.worst
    fit = worst.time_fit if worst else None
    mark, want = verdict(truth, fit)
    per_family = " ".join(f"{c.family}={c.time_fit.exponent:.2f}" if c.time_fit else
                          f"{c.family}=?" for c in found.curves)
    wanted = "inf" if want == math.inf else "?" if want is None else f"{want:.2f}"
    head = (f"{fit.exponent:5.2f} {fit.growth:<18} {fit.quality:<9}" if fit else
            f"{'?':>5} {'no fit':<18} {'':<9}")
    print(f"{key:<52} {truth:<10} {wanted:>5} {head} {mark:<4} {spent:6.1f} s  "
          f"worst {worst.family if worst else '-'}  [{per_family}]", flush=True)
    return mark == "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*")
    parser.add_argument("--folders", default="accepted,time_limit_exceeded")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", action="append", default=[],
                        help="only these keys (reference, accepted/NAME, ...)")
    args = parser.parse_args()
    found = [api.find_problem(q) for q in args.problems] or api.list_problems()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} "
          f"CPUs; repeats {args.repeats}; ok = within {WITHIN} of the declared exponent, fit "
          "not uncertain")
    print(f"{'solution':<52} {'declared':<10} {'=exp':>5} {'exp':>5} {'model':<18} "
          f"{'fit':<9} {'':<4} {'wall':>8}")
    started, oks, rows = time.monotonic(), 0, 0
    for problem in found:
        truths = growth.declared(problem)
        keys = ["reference"] + [k for k in sorted(truths) if k.split("/")[0] in
                                args.folders.split(",")]
        for key in keys:
            if args.only and key not in args.only:
                continue
            path = problem.root / ("reference.py" if key == "reference"
                                   else f"submissions/{key}.py")
            rows += 1
            oks += row(problem, path, f"{problem.id}/{key}", truths[key], args.repeats)
    print(f"{oks} of {rows} ok, {rows - oks} missed; {time.monotonic() - started:.0f} s wall")


if __name__ == "__main__":
    main()
