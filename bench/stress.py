"""How fast `judge stress` finds a counterexample, and how small: every wrong-answer submission
of every problem under problems/, one search each (`--seed`, `--time` as for the command).

Prints, per submission, the wall time to the end of the search (finding and shrinking), the
inputs tried before the first failure, and the size of the counterexample (elements and
characters), then the slowest time and the largest size. Wall time on a shared machine is noisy:
read the figures as a ceiling, not a benchmark of the search's cost.

    python bench/stress.py [--seed N] [--time SECONDS] [--problem ID]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))     # the checkout's judge and problems, even without an install


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time", type=float, default=30.0)
    parser.add_argument("--problem", help="only this problem's folder prefix (0076)")
    options = parser.parse_args()
    os.environ.setdefault("JUDGE_CACHE_DIR", tempfile.mkdtemp(prefix="judge-bench-stress-"))

    from judge import api
    from judge.engine.problems import find

    rows = []
    print(f"{'problem':>7}  {'submission':<34} {'seconds':>7} {'tried':>6} {'size':>5}  "
          "counterexample")
    for folder in sorted((ROOT / "problems").glob("[0-9]*")):
        if options.problem and not folder.name.startswith(options.problem):
            continue
        problem = find(folder.name, ROOT / "problems")
        for path in sorted(folder.glob("submissions/wrong_answer/*.py")):
            try:
                result = api.stress(problem, path, seed=options.seed, seconds=options.time)
            except Exception as e:          # a design problem, a broken package: say so, go on
                print(f"{problem.id:>7}  {path.stem:<34} {'-':>7} {'-':>6} {'-':>5}  {e}")
                continue
            found = result.found
            size = found.size if found else None
            shown = json.dumps(found.args)[:60] if found else f"none ({result.stopped})"
            rows.append((result.seconds, size))
            print(f"{problem.id:>7}  {path.stem:<34} {result.seconds:>7.2f} {result.tried:>6} "
                  f"{size if size is not None else '-':>5}  {shown}", flush=True)
    if rows:
        sizes = [s for _, s in rows if s is not None]
        print(f"{len(rows)} submissions · found {len(sizes)} · slowest {max(t for t, _ in rows):.2f} s "
              f"· largest counterexample {max(sizes, default=0)} · seed {options.seed}")


if __name__ == "__main__":
    main()
