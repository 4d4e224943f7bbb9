"""The whole table of issue 11 in one command, each figure paired with its baseline in the same run.

Rows (the names for --only):
  help       `judge --help` against `python -c pass`, same interpreter       target <= 4x
  run        `judge run P` on the reference against a bare loop, P = 11, 239, 76   <= 1.3x
  tle        wall time until a brute force's TLE verdict is shown, against the case limit
             (and until the command ends, after the growth line)                    <= 1.2x
  check      `judge check --all`, cold, against CI's budget (10 min), projected to 16 problems;
             then again, warm, where nothing changed
  stability  known-verdict submissions, quiet then K times beside a busy loop on every core:
             verdicts that differ from the quiet run or from their folder's name   target 0
  peer       online-judge-tools' `oj test` on problem 11's cases against the bare loop,
             beside the judge's own overhead per case                       (no target)

Timed figures are medians of --runs whole-process runs, interleaved with their baseline (so load
drifting during the run hits both alike). The judge runs with a private cache and data folder
(calibrated afresh by a warm-up run; the user's history and cache are never touched).

    python bench/table.py [--runs N] [--only NAME ...] [--skip NAME ...] [--stability-rounds K]
                          [--format text|json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import median

from common import ROOT, bare_command, first_line, interleaved, judge_command, wall

from judge import api
from judge.engine.launch import run_jobs

ROWS = ("help", "run", "tle", "check", "stability", "peer")
PROBLEMS = ("11", "239", "76")
JOBS = run_jobs()       # the workers `judge run` starts here by default
PEER_PROBLEM = "11"
VERDICT_OF_FOLDER = {"accepted": "AC", "wrong_answer": "WA", "time_limit_exceeded": "TLE",
                     "memory_limit_exceeded": "MLE", "runtime_error": "RE", "compile_error": "CE"}
TLE_HEADLINE = "Time Limit Exceeded"   # the first line of the text report of a TLE
CI_BUDGET_S = 10 * 60       # what one run of the whole .ci/run must stay under, on 2 cores
CHECK_TARGET_PROBLEMS = 16  # the issue: a full check within CI's budget at sixteen problems


@dataclass
class Row:
    """One line of the table: display text, plus the raw figures for --format json."""
    name: str
    figure: str
    baseline: str
    ratio: float | None
    target: str
    ok: bool | None          # None: a row with no target (the peer), or one that could not run
    note: str = ""
    raw: dict = field(default_factory=dict)


def ms(value: float) -> str:
    """Milliseconds as people read them: ms up to 10 s, seconds above."""
    return f"{value:.0f} ms" if value < 10_000 else f"{value / 1000:.1f} s"


def ratio_row(name: str, figure: list[float], baseline: list[float], label: str,
              target: float | None, note: str = "", **raw) -> Row:
    """A paired row: the medians of both, their ratio and the mark against the target ratio
    (None: a row shown for scale, with no target)."""
    f, b = median(figure), median(baseline)
    return Row(name, ms(f), f"{ms(b)} {label}", f / b,
               "-" if target is None else f"<= {target:g}x",
               None if target is None else f / b <= target, note,
               {"figure_ms": figure, "baseline_ms": baseline, "median_figure_ms": f,
                "median_baseline_ms": b, **raw})


class Bench:
    """The judge command, a private environment and the measuring of each row."""

    def __init__(self, runs: int, rounds: int, tmp: Path):
        self.runs, self.rounds, self.tmp = runs, rounds, tmp
        self.judge = judge_command()
        # A private cache (limits calibrated here, by a warm-up run) and data folder, and no
        # history: the bench leaves the user's folders as they were.
        self.env = {"JUDGE_CACHE_DIR": str(tmp / "cache"), "JUDGE_DATA_DIR": str(tmp / "data"),
                    "JUDGE_NO_HISTORY": "1", "NO_COLOR": "1"}
        self.calibrated: set[str] = set()

    def timed(self, cmd: list[str]) -> float:
        """Wall ms of one whole process, refusing a run that failed (it would time nothing)."""
        took, done = wall(cmd, self.env)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd[:4])}... exited {done.returncode}: "
                             f"{done.stderr.strip()[-500:]}")
        return took

    def judged(self, key: str, solution: Path, *options: str) -> tuple[float, dict]:
        """`judge run` of one file as a user runs it: its wall ms and its JSON report."""
        cmd = [*self.judge, "run", key, "--solution", str(solution), "--no-history",
               "--format", "json", *options]
        took, done = wall(cmd, self.env)
        if done.returncode not in (0, 1):
            raise SystemExit(f"judge run {key} {solution.name} exited {done.returncode}: "
                             f"{done.stderr.strip()[-500:]}")
        return took, json.loads(done.stdout)

    def reference_ms(self, key: str, *options: str) -> float:
        """Wall ms of `judge run` on the reference, which must be accepted: the judge's cost
        on a run that goes all the way."""
        took, report = self.judged(key, api.find_problem(key).root / "reference.py", *options)
        if report["verdict"] != "AC":
            raise SystemExit(f"problem {key}: the reference got {report['verdict']}")
        return took

    def calibrate(self, key: str) -> None:
        """One warm-up run of the reference, so that the limits are measured (and the files
        cached) before anything is timed."""
        if key not in self.calibrated:
            self.judged(key, api.find_problem(key).root / "reference.py")
            self.calibrated.add(key)

    def help(self) -> list[Row]:
        """Start-up: what every command, even `--help`, pays before doing anything; beside it,
        the floor of the CLI library: a two-command typer app's --help, drawn by rich as the
        judge's is."""
        kept = self.tmp / "cache" / "help"

        def cold() -> float:        # the first --help here: rendered, then kept (cli/helpcache)
            shutil.rmtree(kept, ignore_errors=True)
            return self.timed([*self.judge, "--help"])

        measures = {"judge": lambda: self.timed([*self.judge, "--help"]),
                    "python": lambda: self.timed([sys.executable, "-c", "pass"]),
                    "cold": cold,
                    "typer": lambda: self.timed([sys.executable, "-c", TYPER_APP, "--help"])}
        interleaved(measures, 1)  # warm-up: the file cache, the .pyc files
        s = interleaved(measures, self.runs)
        floor, first, python = median(s["typer"]), median(s["cold"]), median(s["python"])
        return [ratio_row("judge --help", s["judge"], s["python"], "python -c pass", 4,
                          f"kept from an earlier rendering; rendered (the first one, or after "
                          f"a change): {ms(first)} ({first / python:.2f}x); a two-command typer "
                          f"app's --help: {ms(floor)} ({floor / python:.2f}x)",
                          typer_app_ms=s["typer"], rendered_ms=s["cold"])]

    def run(self) -> list[Row]:
        """The judge's overhead on an accepted run: the reference against the bare loop."""
        rows = []
        for key in PROBLEMS:
            problem = api.find_problem(key)
            reference = problem.root / "reference.py"
            self.calibrate(key)
            bare = bare_command(problem, reference)
            s = interleaved({"judge": lambda: self.reference_ms(key),
                             "bare": lambda: self.timed(bare),
                             "one": lambda: self.reference_ms(key, "--jobs", "1")}, self.runs)
            cases = len(problem.case_names("secret"))
            per_case = (median(s["judge"]) - median(s["bare"])) / cases
            one = median(s["one"])
            rows.append(ratio_row(f"judge run {key}", s["judge"], s["bare"], "bare loop", 1.3,
                                  f"{cases} cases, {per_case:.1f} ms/case over the bare loop, "
                                  f"{JOBS} workers; with one (-j 1): {ms(one)} "
                                  f"({one / median(s['bare']):.2f}x)",
                                  cases=cases, one_worker_ms=s["one"], workers=JOBS))
        return rows

    def brute_force(self, key: str) -> tuple[Path, dict]:
        """The problem's time-limit submission whose first failing case is the time-out and that
        spends the least CPU on the cases before it, so that the wall time measured is mostly
        the time-out itself. Its warm-up run is the report returned."""
        candidates = []
        for path in sorted(api.find_problem(key).root.glob("submissions/time_limit_exceeded/*.py")):
            report = self.judged(key, path)[1]
            failing = [t for t in report["tests"] if t["verdict"] != "AC"]
            if report["verdict"] == "TLE" and failing and failing[0]["verdict"] == "TLE":
                before = sum(t["time_ms"] for t in report["tests"] if t["verdict"] == "AC")
                candidates.append((before, path.name, path, report))
        if not candidates:
            raise SystemExit(f"problem {key}: no time-limit submission gets TLE on its first "
                             "failing case")
        return min(candidates)[2:]

    def tle(self) -> list[Row]:
        """How long a brute force keeps the user waiting, against the limit it broke: until the
        verdict is on the screen (the first line of the text report), and until the command
        ends (after the growth line that follows a TLE, a few seconds of `judge analyze`)."""
        rows = []
        for key in PROBLEMS:
            self.calibrate(key)
            path, warm = self.brute_force(key)
            cmd = [*self.judge, "run", key, "--solution", str(path), "--no-history"]
            verdicts, whole, failed = [], [], []
            for _ in range(self.runs):
                seen, took, out, err, code = first_line(cmd, self.env)
                if code not in (0, 1):
                    raise SystemExit(f"judge run {key} {path.name} exited {code}: "
                                     f"{err.strip()[-500:]}")
                verdicts.append(seen)
                whole.append(took)
                verdict = "TLE" if out.startswith(TLE_HEADLINE) else out.split("  ")[0]
                failed.append(f"{_failing_case(out)} {verdict}")
            limit = warm["limits"]["case_time_ms"]
            failing = next(t for t in warm["tests"] if t["verdict"] != "AC")
            before = sum(t["time_ms"] for t in warm["tests"] if t["verdict"] == "AC")
            f, w = median(verdicts), median(whole)
            # Which case runs out of time can change with the load when a case before it is
            # near the limit: name every one seen, with how many runs stopped there.
            cases = ", ".join(f"{name} (x{n})" if len(set(failed)) > 1 else name
                              for name, n in Counter(failed).items())
            rows.append(Row(f"time to TLE {key}", ms(f), f"{ms(limit)} case limit", f / limit,
                            "<= 1.2x", f / limit <= 1.2 and all(x.endswith(" TLE") for x in failed),
                            f"{path.stem}: the command ends at {ms(w)} ({w / limit:.2f}x, after "
                            f"the growth line); warm-up run: {ms(failing['time_ms'])} CPU billed "
                            f"on the failing case, {ms(before)} on the cases before it "
                            f"({f / (limit + before):.2f}x limit + that); failed on {cases}",
                            {"submission": str(path.relative_to(ROOT)), "verdict_ms": verdicts,
                             "exit_ms": whole, "case_limit_ms": limit, "failing_case": failed,
                             "warm_up_failing_case_cpu_ms": failing["time_ms"],
                             "warm_up_cpu_before_ms": before}))
        return rows

    def stability(self) -> list[Row]:
        """Verdicts must not depend on what else the machine runs: every known-verdict
        submission quietly once, then `rounds` times while every core is kept busy."""
        subs = sorted(ROOT.glob("problems/*/submissions/*/*.py"))
        for key in PROBLEMS:
            self.calibrate(key)

        def verdicts() -> dict[Path, str]:
            return {s: self.judged(str(int(s.parts[-4][:4])), s)[1]["verdict"] for s in subs}

        started = time.monotonic()
        quiet = verdicts()
        quiet_s = time.monotonic() - started
        spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                    for _ in range(os.cpu_count() or 2)]
        try:
            started = time.monotonic()
            loaded = [verdicts() for _ in range(self.rounds)]
            loaded_s = (time.monotonic() - started) / max(self.rounds, 1)
        finally:
            for p in spinners:
                p.kill()
                p.wait()
        expected = {s: VERDICT_OF_FOLDER[s.parent.name] for s in subs}
        changed = [(str(s.relative_to(ROOT)), quiet[s], r[s]) for r in loaded for s in subs
                   if r[s] != quiet[s]]
        wrong = [(str(s.relative_to(ROOT)), expected[s], r[s]) for r in [quiet, *loaded]
                 for s in subs if r[s] != expected[s]]
        note = (f"{len(subs)} submissions; a round took {quiet_s:.0f} s quiet, {loaded_s:.0f} s "
                f"beside {len(spinners)} busy loops")
        if changed or wrong:
            note += "; " + ", ".join(f"{Path(p).stem} {a}->{b}" for p, a, b in (changed or wrong)[:4])
        return [Row("verdict stability", f"{len(changed)} changed, {len(wrong)} wrong",
                    f"quiet run, {self.rounds} loaded rounds", None, "0", not changed and not wrong,
                    note, {"submissions": len(subs), "rounds": self.rounds,
                           "changed_from_quiet": changed, "differ_from_folder": wrong,
                           "quiet_round_s": quiet_s, "loaded_round_s": loaded_s})]

    def peer(self) -> list[Row]:
        """A peer for scale: online-judge-tools' `oj test` runs a program per case on stdin and
        stdout files, the layout most local judges use."""
        problem = api.find_problem(PEER_PROBLEM)
        reference = problem.root / "reference.py"
        oj = install_oj(self.tmp / "oj-venv")
        if isinstance(oj, str):
            return [Row(f"oj test {PEER_PROBLEM} (peer)", "-", "-", None, "-", None, oj)]
        folder = self.tmp / "oj"
        cases = write_oj_cases(problem, reference, folder)
        env = {"XDG_CACHE_HOME": str(self.tmp / "xdg-cache")}  # its update check's cache
        oj_test = [str(oj), "test", "-c", f"{sys.executable} wrapper.py", "-d", "test"]

        def run_oj() -> float:
            took, done = wall(oj_test, env, cwd=folder)
            if done.returncode != 0:
                raise SystemExit(f"oj test failed on the generated cases:\n{done.stderr[-1500:]}")
            return took

        self.calibrate(PEER_PROBLEM)
        run_oj()  # warm-up: its once-a-day update check, the file cache
        bare = bare_command(problem, reference)
        s = interleaved({"oj": run_oj, "bare": lambda: self.timed(bare),
                         "judge": lambda: self.reference_ms(PEER_PROBLEM)}, self.runs)
        b = median(s["bare"])
        oj_case, judge_case = ((median(s[k]) - b) / cases for k in ("oj", "judge"))
        return [ratio_row(f"oj test {PEER_PROBLEM} (peer)", s["oj"], s["bare"], "bare loop",
                          None, f"{cases} cases: oj {oj_case:.1f} ms/case over the "
                          f"bare loop, judge run {judge_case:.1f} ms/case", judge_ms=s["judge"],
                          oj_ms_per_case=oj_case, judge_ms_per_case=judge_case)]

    def check(self) -> list[Row]:
        """`judge check --all` once from cold (`--fresh`: it takes minutes), projected to the
        issue's sixteen problems against what a whole CI run may take; then once more, warm,
        where nothing changed and the stored results are used."""
        count = len(api.list_problems())
        for key in PROBLEMS:
            self.calibrate(key)
        took, done = wall([*self.judge, "check", "--all", "--fresh"], self.env)
        warm, again = wall([*self.judge, "check", "--all"], self.env)
        seconds = took / 1000
        projected = seconds * CHECK_TARGET_PROBLEMS / count
        ok = done.returncode == 0 and again.returncode == 0
        return [Row("judge check --all", f"{seconds:.0f} s", f"{CI_BUDGET_S} s CI budget",
                    projected / CI_BUDGET_S, f"<= 1x at {CHECK_TARGET_PROBLEMS} problems",
                    ok and projected <= CI_BUDGET_S,
                    f"{count} problems, cold (--fresh), {'pass' if ok else 'FAIL'}; "
                    f"{projected:.0f} s projected at {CHECK_TARGET_PROBLEMS}; unchanged, "
                    f"again: {warm / 1000:.1f} s",
                    {"wall_s": seconds, "warm_wall_s": warm / 1000, "problems": count,
                     "exit": done.returncode, "warm_exit": again.returncode,
                     "projected_s": projected})]


# The least a typer CLI with rich help costs: two commands, nothing imported but typer.
TYPER_APP = """
import typer
app = typer.Typer(add_completion=False)
@app.command()
def run(problem: str):
    \"\"\"Judge a solution.\"\"\"
@app.command()
def test(problem: str):
    \"\"\"Run the examples.\"\"\"
app()
"""


def _failing_case(text: str) -> str:
    """The case a text report shows as the failing one (its `case  NAME` line)."""
    found = re.search(r"^\s+case\s+(\S+)\s*$", text, re.M)
    return found[1] if found else "?"


def install_oj(venv: Path) -> Path | str:
    """online-judge-tools in a throwaway venv of its own (its pinned requests and friends stay
    out of the judge's); the `oj` script, or why it could not be installed."""
    print("installing online-judge-tools into a temporary venv ...", file=sys.stderr)
    for cmd in ([sys.executable, "-m", "venv", str(venv)],
                [str(venv / "bin" / "pip"), "install", "-q", "online-judge-tools"]):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            break
    if done.returncode != 0 or not (venv / "bin" / "oj").exists():
        said = done.stderr.strip().splitlines() or ["no output"]
        why = next((line for line in reversed(said) if line.startswith("ERROR")), said[-1])
        print(f"could not install online-judge-tools ({why}): the peer row says so",
              file=sys.stderr)
        return f"could not install online-judge-tools: {why}"
    return venv / "bin" / "oj"


# Problem 11 on stdin: the count, then the heights on one line; the answer alone on stdout.
WRAPPER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("solution", {solution!r})
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
n, *height = map(int, sys.stdin.read().split())
print(module.Solution().maxArea(height))
"""


def write_oj_cases(problem, reference: Path, folder: Path) -> int:
    """The hidden cases as oj's test/sample-N.in and .out, and wrapper.py that reads one from
    stdin, calls the reference and prints the answer. Returns the number of cases."""
    (folder / "test").mkdir(parents=True)
    (folder / "wrapper.py").write_text(WRAPPER.format(solution=str(reference)))
    cases = problem.cases("secret")
    for i, case in enumerate(cases, 1):
        height = case.args["height"]
        (folder / "test" / f"sample-{i}.in").write_text(f"{len(height)}\n{' '.join(map(str, height))}\n")
        (folder / "test" / f"sample-{i}.out").write_text(f"{case.answer()}\n")
    return len(cases)


def machine() -> dict:
    """What the figures came from: they mean little without the machine and its load."""
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
                 platform.processor() or "unknown")
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": model,
            "load_average": [round(x, 2) for x in os.getloadavg()], "python": platform.python_version(),
            "kernel": platform.release(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def render(rows: list[Row], info: dict, runs: int) -> str:
    """The table, aligned, with a header naming the machine and its load."""
    head = ("row", "figure", "baseline", "ratio", "target", "ok", "note")
    lines = [(r.name, r.figure, r.baseline, "-" if r.ratio is None else f"{r.ratio:.2f}x",
              r.target, {True: "pass", False: "FAIL", None: "-"}[r.ok], r.note) for r in rows]
    widths = [max(len(str(x[i])) for x in [head, *lines]) for i in range(len(head) - 1)]
    out = [f"issue 11 benchmarks: medians of {runs} runs, each paired with its baseline",
           f"{info['nproc']} cores, {info['cpu']}, Python {info['python']}, load average "
           f"{' '.join(f'{x:.2f}' for x in info['load_average'])} at the start, "
           f"{' '.join(f'{x:.2f}' for x in info['load_average_end'])} at the end, {info['when']}",
           ""]
    for x in [head, *lines]:
        out.append("  ".join(str(v).ljust(w) if i in (0, 2, 4, 5) else str(v).rjust(w)
                             for i, (v, w) in enumerate(zip(x, widths))) + "  " + x[-1])
    return "\n".join(line.rstrip() for line in out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per timed figure (median)")
    parser.add_argument("--only", nargs="+", choices=ROWS, metavar="NAME",
                        help=f"measure only these rows: {', '.join(ROWS)}")
    parser.add_argument("--skip", nargs="+", choices=ROWS, metavar="NAME", default=[],
                        help="measure every row but these")
    parser.add_argument("--stability-rounds", type=int, default=5, metavar="K")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    opts = parser.parse_args()
    chosen = [r for r in (opts.only or ROWS) if r not in opts.skip]
    info = machine()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="judge-bench-") as tmp:
        bench = Bench(opts.runs, opts.stability_rounds, Path(tmp))
        for name in ROWS:
            if name in chosen:
                print(f"measuring {name} ...", file=sys.stderr)
                rows += getattr(bench, name)()
    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    if opts.format == "json":
        print(json.dumps({"machine": info, "runs": opts.runs, "rows": [asdict(r) for r in rows]},
                         indent=2))
    else:
        print(render(rows, info, opts.runs))


if __name__ == "__main__":
    main()
