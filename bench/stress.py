"""How fast `judge stress` finds a counterexample, how small it shrinks, and how long it spends
finding none: every wrong-answer and every accepted submission of every problem under problems/
(the design problem 295 too), through the same engine the command runs.

For each wrong-answer submission, `--runs` searches with seeds `--seed`, `--seed + 1`, ...: the
median wall time to the first failing input, the median and slowest time to the end of the search
(finding and shrinking), the median and largest size of the counterexample (elements and
characters, calls for a design problem), and one shrunk counterexample. For each accepted one, one
search of `--max-examples` inputs (`--accepted-runs` for medians). Then the totals against the
issue's targets: a counterexample for every wrong answer within 30 s, of at most 8, none for an
accepted one. The load average comes first: the machine is shared, so read the times as what they
were under that load.

    python bench/stress.py [--runs 3] [--seed 1] [--time 30] [--max-examples 100] [--problem 0076]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))     # the checkout's judge and problems, even without an install

TARGET_S, TARGET_SIZE = 30.0, 8     # issue 12: within 30 s each, at most 8 elements


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _median(values) -> float:
    return statistics.median(values) if values else float("nan")


def _wrong(api, problem, path, options) -> dict:
    results = [api.stress(problem, path, seed=options.seed + i, seconds=options.time)
               for i in range(options.runs)]
    found = [r for r in results if r.found is not None]
    sizes = [r.found.size for r in found]
    row = {"runs": len(results), "found": len(found),
           "first": _median([r.first_seconds for r in found]),
           "total": _median([r.seconds for r in results]),
           "slowest": max(r.seconds for r in results),
           "size": _median(sizes), "largest": max(sizes, default=None),
           "shown": json.dumps(found[0].found.args)[:56] if found else "-"}
    print(f"{problem.id:>5} {path.stem:<32} {row['found']}/{row['runs']} {row['first']:>7.2f} "
          f"{row['total']:>7.2f} {row['slowest']:>7.2f} {row['size']:>5.0f} "
          f"{row['largest'] if row['largest'] is not None else '-':>5}  {row['shown']}",
          flush=True)
    return row


def _accepted(api, problem, path, options) -> dict:
    results = [api.stress(problem, path, seed=options.seed + i, seconds=options.time,
                          max_examples=options.max_examples)
               for i in range(options.accepted_runs)]
    false = [r for r in results if r.found is not None]
    row = {"runs": len(results), "false": len(false),
           "seconds": _median([r.seconds for r in results]),
           "tried": _median([r.tried for r in results]),
           "stopped": ",".join(sorted({r.stopped for r in results}))}
    shown = json.dumps(false[0].found.args)[:56] if false else ""
    print(f"{problem.id:>5} {path.stem:<32} {row['tried']:>6.0f} {row['seconds']:>7.2f}  "
          f"{row['stopped']:<9} {'COUNTEREXAMPLE ' + shown if false else ''}", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="searches per wrong answer")
    parser.add_argument("--accepted-runs", type=int, default=1, help="searches per accepted one")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time", type=float, default=TARGET_S)
    parser.add_argument("--max-examples", type=int, default=100,
                        help="inputs per search of an accepted submission")
    parser.add_argument("--problem", help="only this problem's folder prefix (0076)")
    parser.add_argument("--no-accepted", action="store_true", help="wrong answers only")
    options = parser.parse_args()
    os.environ.setdefault("JUDGE_CACHE_DIR", tempfile.mkdtemp(prefix="judge-bench-stress-"))

    from judge import api
    from judge.engine.problems import find

    print(f"judge stress · {_load()} · seeds {options.seed}..{options.seed + options.runs - 1} "
          f"· --time {options.time:g}")
    folders = [f for f in sorted((ROOT / "problems").glob("[0-9]*"))
               if not options.problem or f.name.startswith(options.problem)]
    problems = [find(folder.name, ROOT / "problems") for folder in folders]
    start = time.monotonic()

    print(f"\nwrong answers: medians of {options.runs} searches (seconds; size in elements, "
          "characters or calls)")
    print(f"{'id':>5} {'submission':<32} {'found':<3} {'first':>7} {'total':>7} {'slowest':>7} "
          f"{'size':>5} {'max':>5}  counterexample (first seed)")
    wrong = [_wrong(api, p, path, options) for p in problems
             for path in sorted(p.root.glob("submissions/wrong_answer/*.py"))]
    accepted = []
    if not options.no_accepted:
        print(f"\naccepted: {options.max_examples} inputs each, median of "
              f"{options.accepted_runs} search(es)")
        print(f"{'id':>5} {'submission':<32} {'tried':>6} {'seconds':>7}  stopped")
        accepted = [_accepted(api, p, path, options) for p in problems
                    for path in sorted(p.root.glob("submissions/accepted/*.py"))]

    print(f"\n{_load()} at the end, {time.monotonic() - start:.0f} s in all")
    if wrong:
        missed = sum(r["runs"] - r["found"] for r in wrong)
        large = sum(1 for r in wrong if r["largest"] is not None and r["largest"] > TARGET_SIZE)
        print(f"wrong answers: {len(wrong)} submissions x {options.runs} · missed {missed} · "
              f"slowest search {max(r['slowest'] for r in wrong):.2f} s (target {TARGET_S:g}) · "
              f"median time to the first failure {_median([r['first'] for r in wrong]):.2f} s · "
              f"largest counterexample {max((r['largest'] or 0) for r in wrong)} "
              f"(target {TARGET_SIZE}; {large} larger)")
    if accepted:
        print(f"accepted: {len(accepted)} submissions · false counterexamples "
              f"{sum(r['false'] for r in accepted)} · median {_median([r['seconds'] for r in accepted]):.2f} s, "
              f"slowest {max(r['seconds'] for r in accepted):.2f} s for {options.max_examples} inputs")


if __name__ == "__main__":
    main()
