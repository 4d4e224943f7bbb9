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
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import json, sys, importlib.util
from pathlib import Path
from typing import List
spec = importlib.util.spec_from_file_location("solution", sys.argv[1])
module = importlib.util.module_from_spec(spec); module.List = List; spec.loader.exec_module(module)
method, params = sys.argv[3], sys.argv[4].split(",")
for case in sorted(Path(sys.argv[2]).glob("*.in")):
    args = json.loads(case.read_text())
    getattr(module.Solution(), method)(*[args[p] for p in params])
"""


def wall(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("problem", nargs="?", default="11")
    parser.add_argument("--runs", type=int, default=9)
    opts = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from judge import api

    problem = api.find_problem(opts.problem)
    reference = problem.root / "reference.py"
    judge_cmd = [sys.executable, "-m", "judge", "run", opts.problem, "--solution", str(reference),
                 "--format", "json"]
    bare_cmd = [sys.executable, "-c", BARE, str(reference), str(problem.root / "data/secret"),
                problem.entry.method, ",".join(p.name for p in problem.entry.params)]
    wall(judge_cmd)  # warm the calibration cache and the file cache
    judged, own, bare, engine = [], [], [], []
    for _ in range(opts.runs):
        ms, out = wall(judge_cmd)
        judged.append(ms)
        own.append(json.loads(out)["time_ms"])
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
