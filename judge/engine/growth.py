"""`judge analyze`: how a solution's time and memory grow with n, beside the reference's.

Inputs come from the problem's own generator: `families()` names the adversarial shapes and
scales each to any n (problems/README.md defines n). Each family runs in a worker of its own, as
any judging does (judge.engine.spawn: the solution never runs in this process), on sizes that
grow geometrically up to the largest hidden size. Every size is run in `repeats` rounds (a
short one several times a round) and the median CPU time taken, as the kernel bills it. A size
that takes more than a quarter of the per-run cap is run once, and no larger size is tried: a
quadratic solution is not left to run for minutes to prove what its smaller sizes already
show; when even the smallest size is that slow, smaller ones are tried. Times too close to the
cost of a trivial call (the warm-up, size 2) say nothing about growth and are left out of the
fit.

The fits are judge.engine.fitting's. `quick` is the few-seconds version a Time Limit Exceeded
on `judge run` shows in one line; it is never run by the grader.
"""

from __future__ import annotations

import json
import math
import statistics
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from judge.engine import fitting, protocol
from judge.engine.problems import Case, Problem
from judge.engine.spawn import Death, Worker
from judge.engine.verdicts import Limits
from judge.errors import ProblemError, UsageError

RATIO = 2 ** 0.5        # between one size and the next
SMALLEST = 64           # the smallest size tried
REPEATS = 3
CAP_MS = 2000           # CPU per run; a size over a quarter of it is the last one tried
FLOOR_MS = 0.25         # times below this, or below 3x the warm-up call, are not fitted
TICKS_MS = 80           # a short case is run until this much CPU is spent, for the median
MAX_RUNS = 25           # runs of one size in one round at most
WARM_N = 2
TIE = 1.5               # families this close at the largest size are as slow as each other
ENOUGH = 4              # fitted points, spanning SPAN times, a curve needs before smaller
SPAN = 8                # sizes are not tried
TINIEST = 4             # the smallest size tried when even SMALLEST is too slow

Families = dict[str, Callable[[int], dict]]

DECLARED = "growth.toml"        # under submissions/: each file's growth on its worst family
GROWTHS = fitting.MODELS + ("2^n",)
RUNS = ("accepted", "time_limit_exceeded", "wrong_answer", "runtime_error",
        "memory_limit_exceeded")    # the folders whose files run (compile errors never do)


def declared(problem: Problem) -> dict[str, str]:
    """What submissions/growth.toml declares: {"reference": "n", "accepted/heap": "n log n",
    ...}, the growth each file's approach has on its worst family, read from its code. The
    truth sits beside the files it describes; `judge analyze` is measured against it
    (tests/test_analyze.py, bench/analyze.py). ProblemError when the file is missing or says
    something that is not a growth."""
    path = problem.root / "submissions" / DECLARED
    if not path.is_file():
        raise ProblemError(f"{path}: missing; declare the growth of the reference and of every "
                           "submission (problems/README.md, \"Declared growth\")")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ProblemError(f"{path}: {e}") from None
    found: dict[str, str] = {}
    for key, value in raw.items():
        if isinstance(value, dict) and key in RUNS:
            found.update({f"{key}/{name}": growth for name, growth in value.items()})
        elif key == "reference":
            found[key] = value
        else:
            raise ProblemError(f"{path}: {key!r} is neither `reference` nor a table named after "
                               f"a folder whose files run ({', '.join(RUNS)})")
    for key, growth in found.items():
        if growth not in GROWTHS:
            raise ProblemError(f"{path}: {key} = {growth!r} is not a growth; one of: "
                               f"{', '.join(GROWTHS)}")
    return found


def undeclared(problem: Problem) -> list[str]:
    """What growth.toml and the files disagree on, one line each: a file that runs and declares
    no growth, or a declaration for a file that is not there."""
    have = declared(problem)
    files = {"reference"} | {f"{folder}/{p.stem}" for folder in RUNS
                             for p in (problem.root / "submissions" / folder).glob("*.py")}
    return ([f"{key}.py declares no growth" for key in sorted(files - set(have))]
            + [f"{key} is declared, but there is no {key}.py" for key in sorted(set(have) - files)])


def input_size(problem: Problem, args: dict) -> int:
    """n: the total length of the list and str parameters, nested lists by their elements."""
    total = 0
    for param in problem.entry.params:
        if param.type == "str" or param.type.startswith("list["):
            stack = [args.get(param.name)]
            while stack:
                value = stack.pop()
                if isinstance(value, list):
                    if value and isinstance(value[0], list):
                        stack.extend(value)
                    else:
                        total += len(value)
                elif isinstance(value, str):
                    total += len(value)
    return total


def largest_hidden_size(problem: Problem) -> int:
    """The largest n among the hidden cases (read from data/secret)."""
    sizes = [input_size(problem, case.args) for case in problem.cases("secret")]
    return max(sizes, default=0)


def families(problem: Problem) -> Families:
    """The generator's `families()`, checked; ProblemError when it has none."""
    generator = problem.module("generator")
    found = getattr(generator, "families", None)
    if found is None:
        raise ProblemError(f"{problem.root / 'generator.py'}: has no families(), which "
                           "`judge analyze` needs (problems/README.md describes it)")
    made = found()
    if not isinstance(made, dict) or not made or not all(callable(m) for m in made.values()):
        raise ProblemError(f"{problem.root / 'generator.py'}: families() must return a "
                           "non-empty {name: make(n)} dict")
    return made


def ladder(largest: int, ratio: float = RATIO, smallest: int = SMALLEST) -> list[int]:
    """Sizes from `smallest` to `largest`, each `ratio` times the one before, largest included."""
    sizes, n = [], float(max(largest, 2))
    while n >= smallest or not sizes:
        sizes.append(max(2, round(n)))
        n /= ratio
    return sorted(set(sizes))


@dataclass(frozen=True)
class Point:
    n: int
    ms: float             # median CPU time of the runs
    runs: int
    memory_kb: int        # peak resident memory over the worker's after a trivial call
    stopped: bool = False  # cut off at the cap: the time is a lower bound


@dataclass(frozen=True)
class Curve:
    """One program (the solution or the reference) on one family."""

    family: str
    points: tuple[Point, ...]
    warm_ms: float = 0.0           # the trivial call's time
    ended: str = ""                # why larger sizes were not tried: "too slow", an error

    @property
    def fitted(self) -> tuple[Point, ...]:
        floor = max(FLOOR_MS, 3 * self.warm_ms)
        return tuple(p for p in self.points if not p.stopped and p.ms >= floor)

    @property
    def time_fit(self) -> fitting.Fit | None:
        used = self.fitted
        return fitting.fit([p.n for p in used], [p.ms - self.warm_ms for p in used],
                           open=self.ended == "too slow")

    @property
    def memory_fit(self) -> fitting.Fit | None:
        used = [p for p in self.points if p.memory_kb >= 256]   # below that: noise
        return fitting.fit([p.n for p in used], [p.memory_kb for p in used])

    def at(self, n: int) -> Point | None:
        return next((p for p in self.points if p.n == n and not p.stopped), None)

    def expect_ms(self, n: int) -> float | None:
        """The time at n: measured, else extrapolated from the fit, else None."""
        measured = self.at(n)
        if measured is not None:
            return measured.ms
        model = self.time_fit
        if model is None:
            return None
        return model.predict(n) + self.warm_ms


@dataclass(frozen=True)
class Analysis:
    problem: Problem
    solution: str
    largest: int                          # the largest hidden n, where the times are compared
    curves: tuple[Curve, ...]             # the solution's, one per family
    reference: tuple[Curve, ...] = ()     # the reference's, same families
    seconds: float = 0.0
    sizes: tuple[int, ...] = field(default=())

    @property
    def worst(self) -> Curve | None:
        """The family on which the solution is slowest at the largest size; of the families
        within TIE of the slowest (as good as tied, on a loaded machine), the one whose time
        grows fastest by a fit that is not uncertain: a saturating family (a linear scan whose costly steps stop at the
        number of distinct heights) must not stand for the solution's growth by a few ms."""
        def cost(curve: Curve) -> float:
            expected = curve.expect_ms(self.largest)
            if expected is not None:
                return expected
            return max((p.ms for p in curve.points), default=0.0)
        if not self.curves:
            return None
        def steepness(curve: Curve) -> tuple[bool, float, float]:
            fit = curve.time_fit        # a trusted fit first: noise must not pick the family
            return (fit is not None and fit.quality != "uncertain",
                    fit.exponent if fit else -math.inf, cost(curve))
        slowest = max(cost(c) for c in self.curves)
        tied = [c for c in self.curves if cost(c) * TIE >= slowest]
        return max(tied, key=steepness)

    def reference_for(self, family: str) -> Curve | None:
        return next((c for c in self.reference if c.family == family), None)


def _limits(problem: Problem, cap_ms: int, runs: int) -> Limits:
    return Limits(case_time_ms=cap_ms, run_time_ms=cap_ms * (runs + 2),
                  memory_mb=problem.memory_mb)


def measure(problem: Problem, path: Path, family: str, make: Callable[[int], dict],
            sizes: list[int], *, repeats: int = REPEATS, cap_ms: int = CAP_MS,
            deadline: float | None = None, shown: str | None = None,
            settle_ms: float = TICKS_MS) -> Curve:
    """Time `path` on `make(n)` for each n in `sizes`, in one worker, until one is too slow.

    In rounds: the first goes up the sizes until one is too slow (and records the memory, a
    high-water mark that later rounds could not tell apart), the others come back to the same
    sizes in turn. A stretch of load from a neighbour then falls on every size a little rather
    than on a few sizes wholly, which would bend the curve; each size's time is the median of
    all its runs."""
    limits = _limits(problem, cap_ms, repeats * len(sizes) + 1)
    with Worker(problem, path, limits, shown) as worker:
        hello = worker.start()
        if not isinstance(hello, protocol.Ready):
            why = getattr(hello, "message", None) or getattr(hello, "detail", "did not start")
            return Curve(family, (), ended=f"does not start: {str(why).splitlines()[0][:200]}")
        warm = _timed(worker, Case(f"{family}-warm", json.dumps(make(WARM_N))), repeats, cap_ms,
                      settle_ms=settle_ms)
        if isinstance(warm, float):     # even the trivial call ran into the cap
            return Curve(family, (), ended="too slow")
        if isinstance(warm, str):
            return Curve(family, (), ended=warm)
        warm_ms, base_kb = statistics.median(warm[0]), warm[1]
        found, stopped, ended = _first_round(problem, worker, family, make, sizes, repeats,
                                             cap_ms, deadline, settle_ms)
        for _ in range(repeats - 1):
            for n, case, times, _peak in found:
                if deadline is not None and time.monotonic() > deadline:
                    break
                if times[0] > cap_ms / 4:       # a slow size is run once
                    continue
                more = _timed(worker, case, 1, cap_ms, deadline, settle_ms / repeats)
                if isinstance(more, tuple):     # a later failure keeps the runs it had
                    times.extend(more[0])
    points = [Point(n, statistics.median(times), len(times), max(0, peak - base_kb))
              for n, _case, times, peak in found] + stopped
    return Curve(family, tuple(points), warm_ms, ended=ended)


def _first_round(problem: Problem, worker: Worker, family: str, make: Callable[[int], dict],
                 sizes: list[int], repeats: int, cap_ms: int, deadline: float | None,
                 settle_ms: float) -> tuple[list, list[Point], str]:
    """Up the sizes once: [(n, case, times, peak kB)], the point stopped at the cap (if one
    was), and why no larger size was tried ("" when all were)."""
    found: list = []
    for n in sizes:
        if deadline is not None and time.monotonic() > deadline:
            return found, [], "out of time"
        args = make(n)
        n = input_size(problem, args)       # the size made, which constraints may cap
        if found and n <= found[-1][0]:
            continue
        case = Case(f"{family}-{n}", json.dumps(args))
        done = _timed(worker, case, 1, cap_ms, deadline, settle_ms / repeats)
        if isinstance(done, float):     # stopped at the cap
            return found, [Point(n, max(done, cap_ms), 1, 0, stopped=True)], "too slow"
        if isinstance(done, str):
            return found, [], done
        found.append((n, case, done[0], done[1]))
        if done[0][0] > cap_ms / 4:
            return found, [], "too slow"
    return found, [], ""


def _measured(problem: Problem, path: Path, family: str, make: Callable[[int], dict],
              sizes: list[int], **how) -> Curve:
    """`measure`, and when the curve was too slow to give ENOUGH points over SPAN (an
    exponential search, a linear scan with a factor of 10^5), again on the sizes below the
    smallest, down to TINIEST, so that the growth is fitted where it can be timed."""
    curve = measure(problem, path, family, make, sizes, **how)
    used = curve.fitted
    if curve.ended != "too slow" or min(sizes) <= TINIEST or \
            (len(used) >= ENOUGH and used[-1].n >= SPAN * used[0].n):
        return curve
    below = [n for n in ladder(min(sizes) / RATIO, RATIO, smallest=TINIEST) if n < min(sizes)]
    small = measure(problem, path, family, make, below, **how)
    done = [p for p in small.points if not p.stopped]
    if not done:
        return curve
    points = tuple(done) + tuple(p for p in curve.points if p.n > done[-1].n)
    return Curve(family, points, small.warm_ms, ended=curve.ended)


def _timed(worker: Worker, case: Case, repeats: int, cap_ms: int, deadline: float | None = None,
           settle_ms: float = TICKS_MS) -> tuple[list[float], int] | float | str:
    """([CPU ms of each run], peak kB) of `case`: `repeats` runs, or as many as `settle_ms` of
    CPU takes for a short case (up to MAX_RUNS). On a loaded machine the CPU time of
    the same call varies by tens of percent (a neighbour on the same core slows it), and a
    short call's is the noisiest, so it is run more often. A float: the CPU ms a run had used
    when it was stopped at the cap. A str: why it gave no time (an error, a crash)."""
    times, peak = [], 0
    while len(times) < repeats or (sum(times) < settle_ms and len(times) < MAX_RUNS):
        raw = worker.run(case)
        if isinstance(raw, Death) or raw["status"] != protocol.OK:
            stopped = _too_slow(raw)
            if stopped is not None:
                return stopped
            return _why(raw)
        times.append(raw["cpu_ms"])
        peak = max(peak, raw["rss_kb"])
        if raw["cpu_ms"] > cap_ms / 4 or (deadline is not None and time.monotonic() > deadline):
            break
    return times, peak


def _too_slow(raw: dict | Death) -> float | None:
    """The CPU ms a run had used when it was stopped for time, or None if it failed otherwise."""
    if isinstance(raw, Death):
        return raw.cpu_ms if raw.verdict.code == "TLE" else None
    return raw["cpu_ms"] if raw["status"] == protocol.TIMEOUT else None


def _why(raw: dict | Death) -> str:
    """One line on why a run gave no time: the worker's own words are not shown (they are the
    solution's output); its verdict and error type are."""
    if isinstance(raw, Death):
        return raw.verdict.title.lower()
    if raw["status"] == protocol.MEMORY:
        return "memory limit exceeded"
    if raw["status"] == protocol.ERROR:
        return f"runtime error ({raw['error_type']})"
    return "runtime error" if raw["status"] != protocol.BAD_RETURN else "returned a wrong type"


def analyze(problem: Problem, solution: Path, *, shown: str | None = None,
            repeats: int = REPEATS, cap_ms: int = CAP_MS, ratio: float = RATIO,
            with_reference: bool = True, budget_s: float | None = None,
            only: list[str] | None = None, on_progress: Callable[[str], None] | None = None) -> Analysis:
    """Measure `solution` (and the reference) on every family, up to the largest hidden size."""
    started = time.monotonic()
    deadline = started + budget_s if budget_s else None
    largest = largest_hidden_size(problem)
    sizes = ladder(largest, ratio)
    made = families(problem)
    if only:
        unknown = [name for name in only if name not in made]
        if unknown:
            raise UsageError(f"problem {problem.id} has no family {unknown[0]!r}; its families: "
                             f"{', '.join(made)}")
        made = {name: made[name] for name in only}
    reference = problem.root / "reference.py"
    curves, refs = [], []
    for name, make in made.items():
        if on_progress:
            on_progress(f"{name}: your solution")
        curves.append(_measured(problem, solution, name, make, sizes, repeats=repeats,
                                cap_ms=cap_ms, deadline=deadline, shown=shown))
        if with_reference:
            if on_progress:
                on_progress(f"{name}: the reference")
            refs.append(_measured(problem, reference, name, make, sizes, repeats=repeats,
                                  cap_ms=cap_ms, deadline=deadline))
    return Analysis(problem, shown or str(solution), largest, tuple(curves), tuple(refs),
                    round(time.monotonic() - started, 1), tuple(sizes))


@dataclass(frozen=True)
class Hint:
    """The one line after a Time Limit Exceeded: how the time grows, and what it means at n."""

    family: str
    exponent: float
    model: str               # "n^2", or "n or n log n"
    quality: str
    n: int                   # the size that failed
    expect_ms: float         # extrapolated to it
    seconds: float           # what finding it out cost


QUICK_S = 4.0
QUICK_CAP_MS = 400


def quick(problem: Problem, solution: Path, n: int, *, budget_s: float = QUICK_S,
          shown: str | None = None) -> Hint | None:
    """A few seconds of `analyze` (no reference, one run a size, each family an equal share of
    the budget): the worst family's exponent and the time it predicts at `n`; None when nothing
    can be said (fewer than two sizes timed, no families in the generator)."""
    started = time.monotonic()
    try:
        made = families(problem)
    except ProblemError:
        return None
    sizes = ladder(max(n, 2), RATIO, smallest=64)
    best: tuple[float, Curve, fitting.Fit] | None = None
    for i, (name, make) in enumerate(made.items()):
        left = started + budget_s - time.monotonic()
        if left <= 0:
            break
        curve = measure(problem, solution, name, make, sizes, repeats=1, cap_ms=QUICK_CAP_MS,
                        deadline=time.monotonic() + left / (len(made) - i), shown=shown,
                        settle_ms=0)
        model = curve.time_fit
        if model is None:
            continue
        expected = model.predict(n) + curve.warm_ms
        if best is None or expected > best[0]:
            best = (expected, curve, model)
    if best is None:
        return None
    expected, curve, model = best
    return Hint(curve.family, round(model.exponent, 2), model.growth, model.quality, n,
                expected, round(time.monotonic() - started, 1))
