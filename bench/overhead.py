"""How much does the judge add on top of just running the solution?

Measures, interleaved in one run so that machine noise hits all three alike (medians of N):
  judge  the wall time of `judge run 11 --format json` as a user runs it (a subprocess);
  own    the solution's own CPU time summed over the cases, as the judge reports it;
  bare   the wall time of a bare Python process that reads the same case files, imports the
         same solution and calls it on every case: the least any judge could cost;
  engine the wall time of judge.api.run called in this (already started) process: what the
         judge itself costs without the command line's start-up (Python, typer, rich).

    python bench/overhead.py [PROBLEM] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from common import bare_command, wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("problem", nargs="?", default="11")
    parser.add_argument("--runs", type=int, default=9)
    opts = parser.parse_args()
    from judge import api

    problem = api.find_problem(opts.problem)
    reference = problem.root / "reference.py"
    judge_cmd = [sys.executable, "-m", "judge", "run", opts.problem, "--solution", str(reference),
                 "--format", "json"]
    bare_cmd = bare_command(problem, reference)
    wall(judge_cmd)  # warm the calibration cache and the file cache
    judged, own, bare, engine = [], [], [], []
    for _ in range(opts.runs):
        ms, done = wall(judge_cmd)
        judged.append(ms)
        own.append(json.loads(done.stdout)["time_ms"])
        bare.append(wall(bare_cmd)[0])
        start = time.perf_counter()
        api.run(problem, reference)
        engine.append((time.perf_counter() - start) * 1000)
    j, o, b, e = (statistics.median(x) for x in (judged, own, bare, engine))
    cases = len(problem.cases("secret"))
    print(f"problem {problem.key}, {cases} hidden cases, reference solution, median of {opts.runs}")
    print(f"  judge run (wall)            {j:8.1f} ms")
    print(f"  solution's own time (CPU)   {o:8.1f} ms")
    print(f"  bare Python loop (wall)     {b:8.1f} ms")
    print(f"  judge minus bare loop       {j - b:8.1f} ms   (ratio {j / b:.2f})")
    print(f"  judge minus own time        {j - o:8.1f} ms")
    print(f"  judge.api.run, in-process   {e:8.1f} ms   (minus bare loop {e - b:.1f} ms)")


if __name__ == "__main__":
    main()
