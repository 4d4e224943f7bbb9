"""`judge stress`: search for a small input on which a solution and the reference disagree.

Inputs are drawn by hypothesis from the constraints the package declares (problems/README.md,
"Constraints"), small sizes and small numbers first, and kept only when the package's validator
and promise accept them, so every input tried is one the problem allows. The solution runs in a
worker, as under `judge run`; so does the reference, whose answer is the expected one (the
reference, not the brute force: every hidden case's answer is the reference's, it is fast on any
size, and the brute force may refuse inputs its `small()` finds too large). The answers are
compared in this process by the problem's own checker. One worker of each is kept for the whole
search and replaced only when it dies or runs out of time, since starting one costs more than
a small case.

The first failure is shrunk by hypothesis to the smallest it can find. Hypothesis keeps no
database: the same --seed draws the same inputs, which a replayed database would change.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

from judge.engine import answers, protocol
from judge.engine.problems import LEN_BOUND, Case, Param, Problem
from judge.engine.spawn import Death, Worker
from judge.engine.verdicts import Limits, Report, Verdict
from judge.errors import ProblemError, UsageError

CASE_MS = 1000          # CPU per call: the inputs are small, so more than this is a hang
SMALL = 8               # sizes drawn first, and what shrinking aims at
LARGE = 64              # the largest list or string drawn
SMALL_INT = 4           # numbers near zero are drawn often: ties and edges find bugs
DEFAULT_ITEM = (1, SMALL)   # strings or lists inside a list, when the package does not say
DEFAULT_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
BOTH_CASES = 2          # one input in this many draws its letters in both cases, where it can
HYPOTHESIS_SHRINK_TRIES = 200  # inputs hypothesis's shrinker may try before the greedy pass,
                               # which shrinks as far in less time: a count, so that the same
                               # --seed shrinks to the same input on a busy machine too...
HYPOTHESIS_SHRINK_SHARE = 0.1  # ...unless they take more than this share of the time left
                               # (a machine so busy that the greedy pass would get none)


@dataclass(frozen=True)
class Counterexample:
    """An input the solution fails on: what it did, and what the reference answered."""

    args: dict
    verdict: Verdict
    expected: object
    got: object = None
    message: str = ""
    at: int | None = None       # a design problem's only: the index of the call that failed

    @property
    def design(self) -> bool:
        return self.at is not None

    @property
    def unit(self) -> str:
        """What the size counts: "elements", "characters", or both; "calls" for a design."""
        if self.design:
            return "calls"
        kinds = {"characters" if isinstance(v, str) else "elements"
                 for v in self.args.values() if isinstance(v, (str, list))}
        return " and ".join(sorted(kinds)) or "elements"

    @property
    def size(self) -> int:
        """Elements and characters in all the arguments: what shrinking makes small. For a
        design problem, the calls after the constructor."""
        if self.design:
            return len(self.args["operations"]) - 1
        return sum(_size(v) for v in self.args.values())


def _size(value) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_size(v) if isinstance(v, (list, str)) else 1 for v in value)
    return 0


@dataclass(frozen=True)
class StressResult:
    problem: str
    slug: str
    solution: str
    seed: int
    tried: int                  # valid inputs both programs ran on before the first failure
    seconds: float
    stopped: str                # "found", "examples" (all --max-examples tried), "time"
    found: Counterexample | None = None
    shrinks: int = 0            # smaller failing inputs found after the first
    first_seconds: float | None = None      # when the first failure was found (then shrunk)


class _Disagree(Exception):
    """Raised inside the hypothesis test: this input is a counterexample (shrink it)."""


class _ShrunkEnough(BaseException):
    """Raised inside the hypothesis test when its shrinking has tried its share of inputs: the
    greedy pass (`_Search.polish`) takes a list apart faster than hypothesis's shrinker."""


class _StageOver(BaseException):
    """Raised inside the hypothesis test when the small-input stage has had its share of the
    time without a failure: the search moves on to larger inputs."""


class _OutOfTime(BaseException):
    """Raised inside the hypothesis test when --time is spent: a BaseException, so that
    hypothesis neither shrinks it nor counts it as a failure, and the search ends at once."""


# -- the strategy ------------------------------------------------------------------------------

def _bound(value, args: dict, default):
    """An int bound, or "len(nums) - 1" against the arguments drawn so far."""
    if value is None:
        return default
    if isinstance(value, int):
        return value
    m = LEN_BOUND.match(value)
    offset = int(m["offset"] or 0) * (-1 if m["sign"] == "-" else 1)
    return len(args[m["name"]]) + offset


def _ints(st, lo, hi):
    """Integers in [lo, hi], near zero (or near lo) half the time."""
    if lo is not None and hi is not None and lo > hi:
        return st.nothing()     # "len(nums)" of an empty list: not a valid input
    near = max(lo, -SMALL_INT) if lo is not None else -SMALL_INT
    near_hi = min(hi, near + 2 * SMALL_INT) if hi is not None else near + 2 * SMALL_INT
    if near > near_hi:
        return st.integers(lo, hi)
    return st.one_of(st.integers(near, near_hi), st.integers(lo, hi))


def _length(st, bounds: tuple[int, int] | None, cap: int, default=(0, LARGE)):
    lo, hi = bounds or default
    if lo > cap:
        return st.just(lo)      # cannot be small: the smallest it may be
    return st.one_of(st.integers(lo, min(hi, max(lo, SMALL))), st.integers(lo, min(hi, cap)))


def _value(st, draw, param: Param, type_: str, args: dict, depth: int, alphabets: dict,
           cap: int):
    """One value of `type_` (the parameter's type, or one nested in it) within its constraints."""
    if type_.startswith("list["):
        inner = type_[5:-1]
        size = draw(_length(st, param.length if depth == 0 else param.item_length or DEFAULT_ITEM,
                            cap))
        if depth == 0 and param.name in param.references:
            args = {**args, param.name: range(size)}    # its elements bounded by its own length
        items = [_value(st, draw, param, inner, args, depth + 1, alphabets, cap)
                 for _ in range(size)]
        if param.unique and depth == 0:
            items = list(dict.fromkeys(json.dumps(i) for i in items))
            items = [json.loads(i) for i in items]
        if param.sorted and depth == 0:
            items.sort()
        return items
    if type_ == "int":
        return draw(_ints(st, _bound(param.min, args, None), _bound(param.max, args, None)))
    if type_ == "str":
        letters = alphabets[param.alphabet or DEFAULT_ALPHABET]
        size = draw(_length(st, param.length if depth == 0 else param.item_length or DEFAULT_ITEM,
                            cap))
        return "".join(draw(st.sampled_from(letters)) for _ in range(size))
    if type_ == "bool":
        return draw(st.booleans())
    if type_ == "float":
        lo, hi = _bound(param.min, args, None), _bound(param.max, args, None)
        return draw(st.floats(lo, hi, allow_nan=False, allow_infinity=False))
    raise ProblemError(f"judge stress cannot draw a value of type {type_}")


def _order(params: tuple[Param, ...]) -> list[Param]:
    """Parameters that others' bounds name ("len(nums)") are drawn first."""
    named = {n for p in params for n in p.references}
    return sorted(params, key=lambda p: p.name not in named)


def _draw_params(st, draw, params: tuple[Param, ...], alphabets: dict, cap: int) -> dict:
    """Values for `params`, in their order, each within its constraints."""
    args = {}
    for param in _order(params):
        args[param.name] = _value(st, draw, param, param.type, args, 0, alphabets, cap)
    return {p.name: args[p.name] for p in params}


def _alphabets(st, draw, params) -> dict:
    """One small sub-alphabet per declared alphabet, drawn once per input (shrinking to one
    letter), so that strings which share an alphabet share letters often enough (76's `t`)."""
    def sub_alphabet(letters: str):
        few = st.lists(st.sampled_from(letters), min_size=1, max_size=min(3, len(letters)),
                       unique=True)
        return st.one_of(few, st.lists(st.sampled_from(letters), min_size=1,
                                       max_size=len(letters), unique=True))

    def both_cases(letters: str, chosen: list[str]) -> list[str]:
        """Half the time, each chosen letter with its other case too, where the alphabet has
        both: a solution that folds case (3's, 76's) differs only on such pairs, which a few
        letters drawn from ninety-five would hold too rarely. Drawn only for such alphabets,
        so that the others' searches are as they were."""
        other = [c.swapcase() for c in chosen if c.swapcase() != c and c.swapcase() in letters]
        if not any(c.swapcase() != c and c.swapcase() in letters for c in letters) or \
                draw(st.integers(0, BOTH_CASES - 1)) < BOTH_CASES - 1:
            return chosen
        return list(dict.fromkeys(chosen + other))

    return {letters: both_cases(letters, draw(sub_alphabet(letters))) for letters in
            dict.fromkeys(p.alphabet or DEFAULT_ALPHABET for p in params)}


def strategy(problem: Problem, accept, cap: int = LARGE):
    """A hypothesis strategy of argument dicts that `accept(args) -> bool` lets through, no list
    or string longer than `cap` unless the constraints want it longer (for a design problem, no
    more than `cap` calls)."""
    from hypothesis import strategies as st

    if problem.entry.design:
        return _calls(st, problem.entry, cap).filter(accept)
    params = problem.entry.params

    @st.composite
    def draw_args(draw):
        return _draw_params(st, draw, params, _alphabets(st, draw, params), cap)

    return draw_args().filter(accept)


def _calls(st, entry, cap: int):
    """A design problem's input: the constructor, then a list of method calls, each with
    arguments drawn from its method's declared constraints. A call whose method is declared
    `after` others not called yet is dropped, so the list hypothesis shrinks stays a list of
    independent calls (deleting one never changes what another draws)."""
    every = entry.init + tuple(p for m in entry.methods for p in m.params)

    def call(method, alphabets):
        @st.composite
        def draw_call(draw):
            return method, list(_draw_params(st, draw, method.params, alphabets, cap).values())
        return draw_call()

    @st.composite
    def draw_calls(draw):
        alphabets = _alphabets(st, draw, every)
        init = list(_draw_params(st, draw, entry.init, alphabets, cap).values())
        one = st.one_of([call(m, alphabets) for m in entry.methods])
        sizes = [(1, min(SMALL, cap))] + ([(SMALL, cap)] if cap > SMALL else [])
        drawn = draw(st.one_of([st.lists(one, min_size=lo, max_size=hi) for lo, hi in sizes]))
        made, operations, arguments = set(), [entry.method], [init]
        for method, values in drawn:
            if all(name in made for name in method.after):
                made.add(method.name)
                operations.append(method.name)
                arguments.append(values)
        return {"operations": operations, "arguments": arguments}

    return draw_calls()


def _in_order(entry, args: dict) -> bool:
    """Every call's method declared `after` others comes after at least one call of each."""
    made = set()
    for name in args["operations"][1:]:
        method = entry.method_named(name)
        if method is None or not all(a in made for a in method.after):
            return False
        made.add(name)
    return True


def _acceptor(problem: Problem):
    """The package's validator and promise as a predicate: only valid inputs are tried."""
    validator = problem.module("validator")
    checks = [validator.validate] + ([validator.promise] if hasattr(validator, "promise") else [])
    design = problem.entry.design

    def accept(args: dict) -> bool:
        if design and not _in_order(problem.entry, args):
            return False
        try:
            for check in checks:
                check(args)
        except ValueError:
            return False
        return True

    return accept


# -- the two programs ----------------------------------------------------------------------------

class _Program:
    """A solution (or the reference) in a worker kept alive across inputs, restarted when it
    dies; raises `start_error` when it cannot even start."""

    def __init__(self, problem: Problem, path: Path, limits: Limits, shown: str):
        self.problem, self.path, self.limits, self.shown = problem, path, limits, shown
        self.worker: Worker | None = None

    def _start(self):
        worker = Worker(self.problem, self.path, self.limits, self.shown)
        worker.__enter__()
        hello = worker.start()
        if not isinstance(hello, protocol.Ready):
            worker.__exit__(None, None, None)
            return hello
        self.worker = worker
        return None

    def run(self, case: Case | None) -> dict | Death | protocol.Message | None:
        """The worker's result, a Death, or (when it did not load) what it said instead;
        `None` only starts the worker."""
        if self.worker is None:
            refused = self._start()
            if refused is not None:
                return refused
        if case is None:
            return None
        raw = self.worker.run(case)
        if isinstance(raw, Death):
            self.close()
        return raw

    def close(self) -> None:
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.__exit__(None, None, None)


def _outcome(problem: Problem, args: dict, case: Case, raw, expected, limits: Limits
             ) -> Counterexample | None:
    """The solution's result on `args` (as `case`) against the reference's answer: None when
    accepted. For a design problem, the failure names the call that went wrong (`at`)."""
    last = len(args["operations"]) - 1 if problem.entry.design else None

    def failed(verdict, message, got=None, at=last):
        return Counterexample(args, verdict, expected, got, message, at)

    if isinstance(raw, Death):
        return failed(raw.verdict, raw.message)
    if not isinstance(raw, dict):
        return failed(Verdict.RE, "the solution did not load")
    status = raw["status"]
    if status == protocol.TIMEOUT or raw["cpu_ms"] > limits.case_time_ms:
        return failed(Verdict.TLE, f"it ran past the {limits.case_time_ms} ms limit")
    if status == protocol.MEMORY:
        return failed(Verdict.MLE, f"it needed more than {limits.memory_mb} MB")
    if status == protocol.ERROR:
        return failed(Verdict.RE, f"{raw['error_type']}: {raw['message']}".rstrip(": "),
                      at=_call_index(raw.get("call", ""), last))
    if status == protocol.BAD_RETURN:
        return failed(Verdict.WA, raw["message"], at=_call_index(raw["message"], last))
    checked = Case(case.name, case.input_json, answer_json=json.dumps(expected))
    verdict, why, got, _ = answers.check(problem, checked, raw["answer_text"],
                                         raw["answer_bytes"])
    if verdict is Verdict.AC:
        return None
    return failed(verdict, why, got, at=_call_index(why, last))


_CALL = re.compile(r"^call (\d+)\b")


def _call_index(text: str, last: int | None) -> int | None:
    """The index of the call a design case's failure names ("call 4: findMedian() ..."),
    counted from 0; the last call when none is named. None for a function problem. The text
    may come from the worker, where the solution runs: the index is kept within the calls."""
    if last is None:
        return None
    m = _CALL.match(text or "")
    return max(0, min(int(m[1]) - 1, last)) if m else last


# -- the search ------------------------------------------------------------------------------------

def _limits(problem: Problem, seconds: float) -> Limits:
    """Limits for a search: a short limit per call, and a worker allowed CPU for all of it."""
    return Limits(case_time_ms=CASE_MS, run_time_ms=int((seconds + 60) * 1000),
                  memory_mb=problem.memory_mb)


def _hypothesis_home() -> None:
    """Hypothesis writes caches under `.hypothesis` in the current folder unless told otherwise:
    the user's folder is theirs, so it goes to the judge's cache folder."""
    if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
        from judge.engine.limits import cache_dir

        os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = str(cache_dir() / "hypothesis")


BIG_INPUT = 150         # characters of input JSON: past about two lines, a case is not read


def worth_a_search(problem: Problem, report: Report) -> bool:
    """A Wrong Answer on a hidden case too large to read, where a small one would help."""
    failed = report.first_failure
    return failed is not None and failed.verdict is Verdict.WA and failed.input is not None \
        and len(json.dumps(failed.input)) > BIG_INPUT


def _key(found: Counterexample) -> tuple[int, int, int]:
    """Smaller means fewer elements and characters, then numbers nearer zero."""
    return found.size, _magnitude(list(found.args.values())), len(json.dumps(found.args))


def _magnitude(value) -> int:
    if isinstance(value, list):
        return sum(_magnitude(v) for v in value)
    return abs(value) if isinstance(value, int) and not isinstance(value, bool) else 0


class _Search:
    """The two programs, the reference's answers so far, and the smallest failure so far."""

    def __init__(self, problem: Problem, solution: Path, shown: str, seconds: float):
        self.problem, self.limits = problem, _limits(problem, seconds)
        self.mine = _Program(problem, solution, self.limits, shown)
        self.reference = _Program(problem, problem.root / "reference.py", self.limits,
                                  "reference.py")
        self.accept = _acceptor(problem)
        self.deadline = time.monotonic() + seconds
        self.shrink_until = None        # the end of hypothesis's shrinking, once one fails
        self.stage_until = None         # the end of the current stage's share of the time
        self.expected: dict[str, object] = {}
        self.tried, self.shrinks, self.shrink_tries = 0, 0, 0
        self.best: Counterexample | None = None
        self.first_at: float | None = None

    def close(self) -> None:
        self.mine.close()
        self.reference.close()

    def answer(self, case: Case):
        """The reference's answer, computed once per input (hypothesis replays inputs)."""
        if case.input_json not in self.expected:
            raw = self.reference.run(case)
            if not isinstance(raw, dict) or raw["status"] != protocol.OK:
                why = raw["message"] if isinstance(raw, dict) else getattr(raw, "message", raw)
                raise ProblemError(f"{self.problem.root / 'reference.py'} fails on the valid "
                                   f"input {case.input_json}: {why}")
            self.expected[case.input_json] = json.loads(raw["answer_text"])
        return self.expected[case.input_json]

    def check(self, args: dict) -> Counterexample | None:
        """Run both on `args`; the failure (kept when it is the smallest yet), or None."""
        if time.monotonic() > self.deadline:
            raise _OutOfTime
        case = Case("stress", json.dumps(args))
        expected = self.answer(case)
        if self.best is None:
            self.tried += 1
        found = _outcome(self.problem, args, case, self.mine.run(case), expected, self.limits)
        if found is None:
            return None
        if self.best is None or _key(found) < _key(self.best):
            self.shrinks += self.best is not None
            if self.best is None:
                self.first_at = time.monotonic()
            self.best = found
        return found

    def attempt(self, args: dict) -> None:
        """The hypothesis test: raises when the solution fails, so that hypothesis shrinks."""
        if self.shrink_until is not None:
            self.shrink_tries += 1
            if self.shrink_tries > HYPOTHESIS_SHRINK_TRIES or time.monotonic() > self.shrink_until:
                raise _ShrunkEnough
        if self.best is None and self.stage_until is not None and \
                time.monotonic() > self.stage_until:
            raise _StageOver
        if self.check(args) is not None:
            if self.shrink_until is None:
                now = time.monotonic()
                self.shrink_until = now + (self.deadline - now) * HYPOTHESIS_SHRINK_SHARE
            raise _Disagree

    def polish(self) -> None:
        """Shrink further than hypothesis did: drop stretches of each list or string, then
        halve numbers towards zero, while it still fails (a promise such as 76's unique window
        rejects many of hypothesis's own steps). Stops at the deadline."""
        improved = True
        while improved and self.best is not None:
            improved = False
            entry = self.problem.entry
            smaller = _fewer_calls(self.best, entry) if entry.design else \
                _smaller(self.best.args, entry.params)
            for candidate in smaller:
                if self.accept(candidate) and self.check(candidate) is not None and \
                        self.best.args is candidate:
                    improved = True
                    break


def _smaller(args: dict, params) -> list[dict]:
    """Inputs a little smaller than `args`: a stretch of one list or string removed (long
    stretches first), then two elements removed at once (`_two_removed`), then one number moved
    towards zero. Length-bound ints are clipped. Each candidate once."""
    out = []
    for param in params:
        value = args[param.name]
        if not isinstance(value, (list, str)) or not value:
            continue
        chunk = len(value)
        while chunk >= 1:
            for start in range(0, len(value), chunk):
                out.append(_clip({**args, param.name: value[:start] + value[start + chunk:]},
                                 params))
            chunk //= 2
    out += [_clip(c, params) for c in _two_removed(args, params)]
    out += [_clip(c, params) for c in _moved(args, params)]
    return list({json.dumps(c): c for c in reversed(out)}.values())[::-1]


def _moved(args: dict, params) -> list[dict]:
    """Numbers moved towards zero, long steps first so that the greedy pass, which takes the
    first candidate that still fails, walks down in halvings rather than ones: every number of
    a list at once, then one number or two of the same sign together, to zero (the smaller of
    the two), by half, by one. Two together: 209's target = 1683 with nums = [2, 1, 1681]
    fails while the two large ones stay as far apart, and moving either alone makes it pass."""
    spots = [(p.name, None) for p in params if _towards_zero(args[p.name])]
    spots += [(p.name, i) for p in params if isinstance(args[p.name], list)
              for i, v in enumerate(args[p.name]) if _towards_zero(v)]

    def read(spot):
        name, i = spot
        return args[name] if i is None else args[name][i]

    def moved(changes: dict) -> dict:
        changed = {k: list(v) if isinstance(v, list) else v for k, v in args.items()}
        for (name, i), by in changes.items():
            value = read((name, i))
            value = value - by if value > 0 else value + by
            if i is None:
                changed[name] = value
            else:
                changed[name][i] = value
        return changed

    pairs = [(a, b) for x, a in enumerate(spots) for b in spots[x + 1:]
             if (read(a) > 0) == (read(b) > 0)][:PAIRS]
    out = []
    for param in params:
        mine = [spot for spot in spots if spot[0] == param.name and spot[1] is not None]
        if len(mine) > 1:
            out.append(moved({spot: abs(read(spot)) - abs(read(spot)) // 2 for spot in mine}))
    for step in (lambda size: size, lambda size: size - size // 2, lambda size: 1):
        out += [moved({spot: step(abs(read(spot)))}) for spot in spots]
        out += [moved({a: by, b: by}) for a, b in pairs
                for by in [step(min(abs(read(a)), abs(read(b))))]]
    return out


PAIRS = 256     # pairs of positions tried: every pair up to this many, else only equal values
                # (up to four times as many)


def _two_removed(args: dict, params) -> list[dict]:
    """Inputs with two elements removed, from one list or string or from two: where the two
    depend on each other (567's s1 = "aaa" inside s2 = "aaba": one letter fewer in either alone
    passes, one fewer in both still fails; 295's count of numbers kept odd), no single removal
    gets smaller, and hypothesis, deleting one drawn element at a time, stops there too. Pairs
    holding equal values first; every pair only while there are few."""
    sized = [p.name for p in params if isinstance(args[p.name], (list, str)) and args[p.name]]
    spots = [(name, i) for name in sized for i in range(len(args[name]))]
    pairs = [(a, b) for x, a in enumerate(spots) for b in spots[x + 1:]]
    equal = [(a, b) for a, b in pairs if args[a[0]][a[1]] == args[b[0]][b[1]]][:4 * PAIRS]
    chosen = equal + ([pr for pr in pairs if pr not in equal] if len(pairs) <= PAIRS else [])
    out = []
    for (first, i), (second, j) in chosen:
        changed = dict(args)
        for name, at in sorted(((first, i), (second, j)), key=lambda spot: -spot[1]):
            changed[name] = changed[name][:at] + changed[name][at + 1:]
        out.append(changed)
    return out


def _fewer_calls(found: Counterexample, entry) -> list[dict]:
    """A design input a little smaller: cut after the call that failed, a stretch of calls
    removed (long stretches first), then one call's arguments made smaller as `_smaller` makes
    a function's (the constructor's too). Two calls removed at once too: 295's median of an odd
    count stays the median of an odd count."""
    operations, arguments = found.args["operations"], found.args["arguments"]

    def without(start: int, stop: int) -> dict:
        return {"operations": operations[:start] + operations[stop:],
                "arguments": arguments[:start] + arguments[stop:]}

    n = len(operations)
    out = [without(found.at + 1, n)] if found.at + 1 < n else []
    chunk = n - 1
    while chunk >= 1:
        out += [without(start, start + chunk) for start in range(1, n, chunk)]
        chunk //= 2
    pairs = [(i, j) for i in range(1, n) for j in range(i + 1, n)]     # as in `_two_removed`
    same = [(i, j) for i, j in pairs if operations[i] == operations[j]]
    for i, j in same + ([pr for pr in pairs if pr not in same] if len(pairs) <= PAIRS else []):
        kept = [k for k in range(n) if k not in (i, j)]
        out.append({"operations": [operations[k] for k in kept],
                    "arguments": [arguments[k] for k in kept]})
    for i, name in enumerate(operations):
        params = entry.init if i == 0 else entry.method_named(name).params
        given = dict(zip((p.name for p in params), arguments[i]))
        for candidate in _smaller(given, params):
            changed = arguments[:i] + [[candidate[p.name] for p in params]] + arguments[i + 1:]
            out.append({"operations": operations, "arguments": changed})
    return out


def _towards_zero(v) -> list[int]:
    if not isinstance(v, int) or isinstance(v, bool) or v == 0:
        return []
    return list(dict.fromkeys([0, v // 2 if v > 0 else -(-v // 2), v - 1 if v > 0 else v + 1]))


def _clip(args: dict, params) -> dict:
    """An int bounded by "len(nums)" pulled back within the new length."""
    for param in params:
        if isinstance(param.max, str) and isinstance(args[param.name], int):
            limit = _bound(param.max, args, None)
            args[param.name] = min(args[param.name], limit)
    return args


def stress(problem: Problem, solution: Path, *, seed: int | None = None,
           max_examples: int = 2000, seconds: float = 30.0, shown: str | None = None) -> StressResult:
    """Search for an input on which `solution` fails against the reference, and shrink it."""
    if max_examples < 1 or seconds <= 0:
        raise UsageError("--max-examples and --time must be positive")
    seed = random.randrange(2**32) if seed is None else seed
    shown = shown or str(solution)
    start = time.monotonic()
    search = _Search(problem, solution, shown, seconds)
    try:
        if isinstance(search.mine.run(None), protocol.CompileError):
            raise UsageError(f"{shown} does not compile (`judge test {problem.id}` shows "
                             "where); judge stress needs a solution that runs")
        stopped = "examples"
        # Small inputs first, on a share of the examples and of the time: a failure found among
        # them is small already, where one shrunk from a large input may stop in a local minimum.
        stages = ((SMALL, max(1, min(400, max_examples // 4)), seconds / 4),
                  (LARGE, max_examples, None))
        for cap, share, stage_seconds in stages:
            if share - search.tried < 1:
                break
            search.stage_until = stage_seconds and time.monotonic() + stage_seconds
            stopped = _hypothesis(search, problem, seed, share - search.tried, cap)
            if search.best is not None or stopped == "time":
                break
        if search.best is not None:
            stopped = "found"
            try:
                search.polish()
            except _OutOfTime:
                pass
    finally:
        search.close()
    return StressResult(str(problem.id), problem.slug, shown, seed, search.tried,
                        round(time.monotonic() - start, 2), stopped, search.best,
                        search.shrinks, search.first_at and round(search.first_at - start, 2))


def _hypothesis(search: _Search, problem: Problem, seed: int, max_examples: int,
                cap: int) -> str:
    """Let hypothesis search and shrink; how it stopped ("examples" or "time")."""
    _hypothesis_home()
    import hypothesis
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings

    test = given(strategy(problem, search.accept, cap))(search.attempt)
    test = settings(database=None, max_examples=max_examples, deadline=None,
                    phases=[Phase.generate, Phase.shrink], verbosity=Verbosity.quiet,
                    suppress_health_check=list(HealthCheck), print_blob=False,
                    report_multiple_bugs=False)(test)
    try:
        hypothesis.seed(seed)(test)()
    except _OutOfTime:
        return "time"
    except (_ShrunkEnough, _StageOver):
        return "examples"
    except hypothesis.errors.Unsatisfiable:
        raise ProblemError(f"{problem.root / 'problem.toml'}: judge stress drew no input the "
                           "validator accepts; are the declared constraints right?") from None
    except (ProblemError, UsageError):
        raise
    except Exception:       # _Disagree at the end, or hypothesis's word on a flaky failure:
        pass                # the smallest failure seen is kept in the search either way
    return "examples"
