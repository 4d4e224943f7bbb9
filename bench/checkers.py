"""What the order-free and float checkers cost on the largest answers of issue 13's problems.

    python bench/checkers.py [--rounds 5]

Prints the median CPU time of one comparison, for an answer in another order (or 1e-6 off) that
passes, and one with a single element wrong that fails. The figures to compare are the sizes:
the checkers key every element once (a Counter of canonical keys), so the time grows with the
answer's length, never with its square.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge.engine.checkers import close, unordered, unordered_groups  # noqa: E402


def _cases(n: int):
    rng = random.Random(n)
    starts = list(range(n))
    triplets = [sorted(rng.sample(range(-10**5, 10**5), 3)) for _ in range(n)]
    shuffled = [rng.sample(t, 3) for t in triplets]
    rng.shuffle(shuffled)
    medians = [rng.uniform(-2**31, 2**31) for _ in range(n)]
    return [
        ("unordered, reversed", unordered, starts, starts[::-1]),
        ("unordered, one extra", unordered, starts, starts[::-1] + [0]),
        ("unordered_groups, shuffled", unordered_groups, triplets, shuffled),
        ("unordered_groups, one twice", unordered_groups, triplets, shuffled[:-1] + shuffled[:1]),
        ("float, 1e-6 off", close, medians, [m + 1e-6 for m in medians]),
        ("float, last one 1e-3 off", close, medians, medians[:-1] + [medians[-1] + 1e-3 + abs(medians[-1]) * 1e-4]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"{'comparison':<30} {'n':>8} {'ms (median CPU)':>16}  verdict")
    for n in (10**4, 10**5, 3 * 10**5):
        for name, checker, expected, got in _cases(n):
            times = []
            for _ in range(args.rounds):
                t = time.process_time()
                found = checker(expected, got)
                times.append((time.process_time() - t) * 1000)
            print(f"{name:<30} {n:>8} {statistics.median(times):>16.1f}  "
                  f"{'accepted' if found is None else 'rejected'}")


if __name__ == "__main__":
    main()
