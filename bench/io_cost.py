"""What a solution's answer costs the judge itself: its own CPU time and peak memory.

Judges `judge run 11` on SOLUTION in this process (the worker is a child, not counted) and
prints the parent's CPU seconds (RUSAGE_SELF, user + system) spent in the run, its peak
resident memory (VmHWM) before and after, and the verdict.

    python bench/io_cost.py SOLUTION
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from judge import api
from judge.engine import limits


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024


def main(solution: str) -> None:
    problem = api.find_problem("11")
    limits.limits_for(problem)              # calibration is not the run's cost
    before, peak0, start = resource.getrusage(resource.RUSAGE_SELF), _peak_mb(), time.monotonic()
    report = api.run(problem, Path(solution))
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(json.dumps({"verdict": report.verdict.code, "message": report.message[:90],
                      "judge_cpu_s": round(cpu, 3), "wall_s": round(time.monotonic() - start, 2),
                      "peak_mb_before": round(peak0, 1), "peak_mb_after": round(_peak_mb(), 1)}))


if __name__ == "__main__":
    main(sys.argv[1])
