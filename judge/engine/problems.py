"""Problem packages: read `problem.toml` and the case files of one folder under `problems/`.

Does file I/O (reading only). A broken package raises ProblemError naming the file and the field.
The format is documented in problems/README.md.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType

from judge.engine.protocol import RETURN   # an in-place answer's key: never a parameter's name
from judge.errors import ProblemError, UsageError

PROBLEMS_ENV = "JUDGE_PROBLEMS"
DIFFICULTIES = ("easy", "medium", "hard")
_TYPE = re.compile(r"^(int|float|bool|str|list\[(?P<inner>.+)\])$")
LEN_BOUND = re.compile(r"^len\((?P<name>[A-Za-z_]\w*)\)\s*(?:(?P<sign>[-+])\s*(?P<offset>\d+))?$")
DEFAULT_TIME_FACTOR = 100
DEFAULT_TIME_FLOOR_MS = 1000


def valid_type(name: str) -> bool:
    m = _TYPE.match(name)
    return bool(m) and (m["inner"] is None or valid_type(m["inner"]))


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


FUNCTION, DESIGN = "function", "design"     # the kinds of entry point
VOID = "None"          # a design method's `returns` when LeetCode's output for it is null


@dataclass(frozen=True)
class Param:
    """A parameter of the entry point, with the constraints the package declares for it (all
    optional; `judge stress` draws inputs from them). `min`/`max` bound an int, or the ints in a
    list; either may be "len(other)", the length of another parameter. `length` bounds a list's or
    a string's length, `item_length` that of the strings or lists inside a list; `alphabet` holds
    every character a string may use, ranges expanded."""

    name: str
    type: str
    min: int | str | None = None
    max: int | str | None = None
    length: tuple[int, int] | None = None
    item_length: tuple[int, int] | None = None
    alphabet: str | None = None
    sorted: bool = False
    unique: bool = False

    @property
    def references(self) -> tuple[str, ...]:
        """The parameters whose length bounds this one ("len(nums)")."""
        return tuple(m["name"] for b in (self.min, self.max) if isinstance(b, str)
                     for m in [LEN_BOUND.match(b)])


@dataclass(frozen=True)
class Method:
    """One method of a design problem's class: its parameters, and how its return is compared."""

    name: str
    params: tuple[Param, ...]
    returns: str            # VOID: LeetCode shows null whatever the method returns
    compare: str            # a checker name, for this method's returns
    after: tuple[str, ...] = ()     # only once each of these methods has been called (stress)


@dataclass(frozen=True)
class EntryPoint:
    """What the worker calls. `function`: `Solution().method(**args)`, its return the answer, or
    with `mutates` the return and that argument as the solution left it. `design`: the class
    `method` names, driven by LeetCode's call sequence (`operations`, `arguments`), the answer
    the list of what each call returned."""

    method: str
    params: tuple[Param, ...]
    returns: str
    kind: str = FUNCTION
    mutates: str | None = None            # function: the argument changed in place
    init: tuple[Param, ...] = ()          # design: the constructor's parameters
    methods: tuple[Method, ...] = ()      # design: the methods the calls may name

    @property
    def function_names(self) -> tuple[str, ...]:
        """Module-level function names accepted in place of `class Solution`."""
        if self.kind == DESIGN:
            return ()
        return tuple(dict.fromkeys((self.method, snake_case(self.method))))

    @property
    def design(self) -> bool:
        return self.kind == DESIGN

    def method_named(self, name: str) -> Method | None:
        return next((m for m in self.methods if m.name == name), None)

    def worker_setup(self) -> dict:
        """What the worker needs to know to call the solution (judge/worker/main.py reads it)."""
        setup = {"method": self.method, "functions": list(self.function_names),
                 "params": [p.name for p in self.params]}
        if self.mutates:
            setup["mutates"] = self.mutates
        if self.design:
            setup["design"] = {"class": self.method,
                               "void": [m.name for m in self.methods if m.returns == VOID]}
        return setup


@dataclass(frozen=True)
class Case:
    """One test: its name, its arguments as a JSON object text, and its answer: a file for the
    package's cases, or JSON text for a custom case the reference has just answered.

    The input stays as text so it can go to the worker without being decoded and re-encoded;
    the answer is read only by the parent, and only when a result has to be compared.
    """

    name: str
    input_json: str
    answer_path: Path | None = None
    answer_json: str | None = None

    @property
    def has_answer(self) -> bool:
        return self.answer_path is not None or self.answer_json is not None

    @cached_property
    def args(self) -> dict:
        return json.loads(self.input_json)

    def answer(self, stored: bytes | None = None):
        """The expected answer, decoded; from `stored`, its file's bytes, when already read."""
        if self.answer_json is not None:
            return json.loads(self.answer_json)
        if self.answer_path is None:
            raise ProblemError(f"case {self.name} has no answer file")
        try:
            return json.loads(self.answer_path.read_bytes() if stored is None else stored)
        except (OSError, ValueError) as e:
            raise ProblemError(f"{self.answer_path}: cannot read the answer: {e}") from None


@dataclass(frozen=True)
class Problem:
    id: int
    slug: str
    title: str
    title_zh: str
    difficulty: str
    tags: tuple[str, ...]
    entry: EntryPoint
    compare: str
    memory_mb: int
    time_factor: float
    time_floor_ms: int
    root: Path
    compare_options: tuple[tuple[str, float], ...] = ()    # e.g. (("tolerance", 1e-5),)

    @property
    def key(self) -> str:
        return f"{self.id:04d}-{self.slug}"

    @property
    def checker(self):
        """The function that compares answers for this problem (`judge.compare` in problem.toml)."""
        return self.checker_for(None)

    def checker_for(self, args: dict | None):
        """The checker for the case whose arguments are `args`. A design problem's compares each
        call's return with its method's checker, so it needs the case's call sequence."""
        from judge.engine.checkers import CHECKERS, calls, configured

        if not self.entry.design:
            return configured(self.compare, self.compare_options)
        by_method = {m.name: CHECKERS[m.compare] for m in self.entry.methods}
        return lambda expected, got: calls(expected, got, args, by_method,
                                           CHECKERS[self.compare])

    def case_names(self, kind: str) -> tuple[str, ...]:
        """The names of the `sample` or `secret` cases, in order, without reading them."""
        folder = self.root / "data" / kind
        if not folder.is_dir():
            raise ProblemError(f"{folder}: missing; run `judge build {self.id}` to write it")
        names = tuple(sorted(p.stem for p in folder.glob("*.in")))
        if not names:
            raise ProblemError(f"{folder}: holds no cases; run `judge build {self.id}`")
        return names

    def case(self, kind: str, name: str) -> Case:
        inp = self.root / "data" / kind / f"{name}.in"
        ans = inp.with_suffix(".ans")
        if not ans.is_file():
            raise ProblemError(f"{inp}: no matching answer file {ans.name}")
        return Case(name, inp.read_text(encoding="utf-8").strip(), ans)

    def cases(self, kind: str) -> tuple[Case, ...]:
        """The `sample` or `secret` cases, in file-name order."""
        return tuple(self.case(kind, name) for name in self.case_names(kind))

    def examples(self) -> list[tuple[dict, object]]:
        """The public examples as (arguments, answer) pairs, for statements and starter files."""
        return [(case.args, case.answer()) for case in self.cases("sample")]

    def text(self, stem: str, lang: str = "en") -> str:
        path = self.root / (f"{stem}.md" if lang == "en" else f"{stem}.{lang}.md")
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            raise ProblemError(f"{path}: missing") from None

    def module(self, name: str) -> ModuleType:
        """Import one of the package's trusted helper modules (validator, generator, brute)."""
        path = self.root / f"{name}.py"
        if not path.is_file():
            raise ProblemError(f"{path}: missing")
        spec = importlib.util.spec_from_file_location(f"judge_problem_{self.id}_{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def validate(self, args: dict) -> None:
        """Raise UsageError when `args` break the problem's constraints."""
        try:
            self.module("validator").validate(args)
        except ValueError as e:
            raise UsageError(f"input refused: {e}") from None


PACKAGE = Path(__file__).resolve().parents[1]          # the judge package's own folder
BUNDLED = PACKAGE / "problems"                           # where the wheel puts the problem packages
CHECKOUT = PACKAGE.parent / "problems"                   # a checkout's own, beside the package


def shown_answer(problem: Problem, answer) -> str:
    """An answer as a statement shows it: JSON, or for an in-place problem `2, nums = [1,2,_]`
    (`_` where the checker reads nothing)."""
    if not problem.entry.mutates:
        return json.dumps(answer)
    returned, name = answer[RETURN], problem.entry.mutates
    k = returned if problem.compare == "in_place_prefix" and type(returned) is int else None
    values = [json.dumps(v) if k is None or i < k else "_" for i, v in enumerate(answer[name])]
    return f"{json.dumps(returned)}, {name} = [{', '.join(values)}]"


def problems_root(override: str | os.PathLike | None = None) -> Path:
    """--problems, then $JUDGE_PROBLEMS, then the problems that came with the judge: the
    checkout's `problems/`, or the copy an installed wheel carries."""
    chosen = override or os.environ.get(PROBLEMS_ENV)
    if chosen:
        root = Path(chosen)
        where = "--problems" if override else PROBLEMS_ENV
        if not root.exists():
            raise UsageError(f"problems folder {root} (from {where}) does not exist")
        if not root.is_dir():
            raise UsageError(f"problems folder {root} (from {where}) is not a folder")
        try:
            next(root.iterdir(), None)
        except OSError as e:
            raise UsageError(f"problems folder {root} (from {where}) cannot be read: "
                             f"{e.strerror}") from None
        return root
    for root in (BUNDLED, CHECKOUT):
        if root.is_dir():
            return root
    raise UsageError(f"this installation of the judge has no problems ({BUNDLED} is missing): "
                     "reinstall it, or point --problems or $JUDGE_PROBLEMS at a folder of them")


def load(folder: Path) -> Problem:
    path = folder / "problem.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise ProblemError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as e:
        raise ProblemError(f"{path}: not valid TOML: {e}") from None
    return _parse(data, path)


def _parse(data: dict, path: Path) -> Problem:
    def field(table: dict, name: str, kind: type, where: str = ""):
        label = f"{where}{name}"
        if name not in table:
            raise ProblemError(f"{path}: field `{label}` is missing")
        value = table[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ProblemError(f"{path}: field `{label}` must be {kind.__name__}, not {value!r}")
        return value

    entry = field(data, "entry", dict)
    kind = entry.get("kind", FUNCTION)
    if kind not in (FUNCTION, DESIGN):
        raise ProblemError(f"{path}: `entry.kind` must be {FUNCTION} or {DESIGN}, not {kind!r}")
    judge = data.get("judge", {})
    difficulty = field(data, "difficulty", str)
    if difficulty not in DIFFICULTIES:
        raise ProblemError(f"{path}: `difficulty` must be one of {', '.join(DIFFICULTIES)}")
    from judge.engine.checkers import CHECKERS, options  # local: checkers do not need problems

    compare = judge.get("compare", "exact")
    if compare not in CHECKERS:
        raise ProblemError(f"{path}: `judge.compare` {compare!r} is not one of {sorted(CHECKERS)}")
    try:
        compare_options = options(compare, judge)
    except ValueError as e:
        raise ProblemError(f"{path}: {e}") from None
    problem = Problem(
        id=field(data, "id", int),
        slug=field(data, "slug", str),
        title=field(data, "title", str),
        title_zh=data.get("title_zh", field(data, "title", str)),
        difficulty=difficulty,
        tags=tuple(field(data, "tags", list)),
        entry=(_design if kind == DESIGN else _function)(entry, path, field),
        compare=compare,
        memory_mb=field(judge, "memory_mb", int, "judge."),
        time_factor=float(judge.get("time_factor", DEFAULT_TIME_FACTOR)),
        time_floor_ms=int(judge.get("time_floor_ms", DEFAULT_TIME_FLOOR_MS)),
        root=path.parent,
        compare_options=compare_options,
    )
    if path.parent.name != problem.key:
        raise ProblemError(f"{path}: folder should be named {problem.key} to match id and slug")
    return problem


def _params(table: dict, key: str, path: Path, field, where: str) -> tuple[Param, ...]:
    """A list of parameter tables (`entry.params`, a method's `params`), each checked."""
    params = []
    for i, p in enumerate(field(table, key, list, where)):
        at = f"{where}{key}[{i}]."
        if not isinstance(p, dict):
            raise ProblemError(f"{path}: `{at[:-1]}` must be a table")
        name, type_ = field(p, "name", str, at), field(p, "type", str, at)
        if not valid_type(type_):
            raise ProblemError(f"{path}: `{at}type` {type_!r} is not a known type")
        param = Param(name, type_, **_constraints(p, type_, f"{path}: `{at}"))
        if not param.name.isidentifier() or param.name == RETURN:
            raise ProblemError(f"{path}: `{at}name` {param.name!r} is not an identifier")
        params.append(param)
    _check_references(params, path)
    return tuple(params)


def _returns(table: dict, path: Path, field, where: str, void: bool = False) -> str:
    returns = field(table, "returns", str, where)
    if not (valid_type(returns) or (void and returns == VOID)):
        raise ProblemError(f"{path}: `{where}returns` {returns!r} is not a known type")
    return returns


def _function(entry: dict, path: Path, field) -> EntryPoint:
    params = _params(entry, "params", path, field, "entry.")
    mutates = entry.get("mutates")
    if mutates is not None and mutates not in {p.name for p in params}:
        raise ProblemError(f"{path}: `entry.mutates` {mutates!r} is not one of the parameters")
    if mutates is not None and not next(p for p in params if p.name == mutates).type.startswith(
            "list["):
        raise ProblemError(f"{path}: `entry.mutates` {mutates!r} must be a list to change in place")
    return EntryPoint(field(entry, "method", str, "entry."), params,
                      _returns(entry, path, field, "entry."), mutates=mutates)


def _design(entry: dict, path: Path, field) -> EntryPoint:
    """A class driven by calls: `class`, `init` (its constructor's params), `methods`."""
    from judge.engine.checkers import CHECKERS

    name = field(entry, "class", str, "entry.")
    if not name.isidentifier():
        raise ProblemError(f"{path}: `entry.class` {name!r} is not an identifier")
    init = _params(entry, "init", path, field, "entry.") if "init" in entry else ()
    methods = []
    for i, m in enumerate(field(entry, "methods", list, "entry.")):
        at = f"entry.methods[{i}]."
        if not isinstance(m, dict):
            raise ProblemError(f"{path}: `{at[:-1]}` must be a table")
        method = Method(field(m, "name", str, at), _params(m, "params", path, field, at),
                        _returns(m, path, field, at, void=True), m.get("compare", "exact"),
                        _after(m, path, at))
        if not method.name.isidentifier() or method.name.startswith("_"):
            raise ProblemError(f"{path}: `{at}name` {method.name!r} is not a public method name")
        if method.compare not in CHECKERS:
            raise ProblemError(f"{path}: `{at}compare` {method.compare!r} is not one of "
                               f"{sorted(CHECKERS)}")
        methods.append(method)
    if not methods:
        raise ProblemError(f"{path}: `entry.methods` is empty: list the class's methods")
    names = {m.name for m in methods}
    for i, method in enumerate(methods):
        wrong = [a for a in method.after if a not in names or a == method.name]
        if wrong:
            raise ProblemError(f"{path}: `entry.methods[{i}].after` {wrong[0]!r} is not another "
                               "method of the class")
    return EntryPoint(name, (Param("operations", "list[str]"), Param("arguments", "list[list]")),
                      "list", kind=DESIGN, init=init, methods=tuple(methods))


def _after(m: dict, path: Path, at: str) -> tuple[str, ...]:
    """`after = ["addNum"]`: the method may be called only once each named one has been."""
    after = m.get("after", [])
    if not isinstance(after, list) or not all(isinstance(a, str) for a in after):
        raise ProblemError(f"{path}: `{at}after` must be a list of method names, not {after!r}")
    return tuple(after)


CONSTRAINT_KEYS = ("min", "max", "length", "item_length", "alphabet", "sorted", "unique")


def _innermost(type_: str) -> str:
    while type_.startswith("list["):
        type_ = type_[5:-1]
    return type_


def _constraints(p: dict, type_: str, where: str) -> dict:
    """The optional constraint keys of one `entry.params` entry, checked against its type;
    ProblemError names the field. The format is in problems/README.md ("Constraints")."""
    found, leaf, is_list = {}, _innermost(type_), type_.startswith("list[")

    def fail(key: str, why: str):
        raise ProblemError(f"{where}{key}` {why}")

    for key in p:
        if key not in CONSTRAINT_KEYS and key not in ("name", "type"):
            fail(key, f"is not a constraint; give any of {', '.join(CONSTRAINT_KEYS)}")

    for key in ("min", "max"):
        if key not in p:
            continue
        value = p[key]
        if leaf != "int":
            fail(key, f"applies to int or list[int] parameters, not {type_}")
        if isinstance(value, str):
            if not LEN_BOUND.match(value.strip()):
                fail(key, f"must be an int or \"len(other_param)\", not {value!r}")
            value = value.strip()
        elif not isinstance(value, int) or isinstance(value, bool):
            fail(key, f"must be an int or \"len(other_param)\", not {value!r}")
        found[key] = value
    if isinstance(found.get("min"), int) and isinstance(found.get("max"), int) and \
            found["min"] > found["max"]:
        fail("max", f"{found['max']} is below min {found['min']}")
    for key in ("length", "item_length"):
        if key not in p:
            continue
        value, nested = p[key], type_[5:-1] if is_list else ""
        if key == "length" and not (is_list or type_ == "str"):
            fail(key, f"applies to list and str parameters, not {type_}")
        if key == "item_length" and not (nested == "str" or nested.startswith("list[")):
            fail(key, f"applies to lists of strings or lists, not {type_}")
        if not (isinstance(value, list) and len(value) == 2 and
                all(isinstance(v, int) and not isinstance(v, bool) for v in value) and
                0 <= value[0] <= value[1]):
            fail(key, f"must be [lo, hi] with 0 <= lo <= hi, not {value!r}")
        found[key] = (value[0], value[1])
    if "alphabet" in p:
        if leaf != "str":
            fail("alphabet", f"applies to str or list[str] parameters, not {type_}")
        value = p["alphabet"]
        if not isinstance(value, str) or not value:
            fail("alphabet", f"must be a non-empty string such as \"a-z\", not {value!r}")
        try:
            found["alphabet"] = expand_alphabet(value)
        except ValueError as e:
            fail("alphabet", str(e))
    for key in ("sorted", "unique"):
        if key not in p:
            continue
        if not is_list:
            fail(key, f"applies to list parameters, not {type_}")
        if not isinstance(p[key], bool):
            fail(key, f"must be true or false, not {p[key]!r}")
        found[key] = p[key]
    return found


def expand_alphabet(spec: str) -> str:
    """"a-zA-Z" -> every letter; "01" -> "01"; a "-" first or last is the character itself."""
    chars, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            lo, hi = spec[i], spec[i + 2]
            if lo > hi:
                raise ValueError(f"range {lo}-{hi} runs backwards")
            chars += [chr(c) for c in range(ord(lo), ord(hi) + 1)]
            i += 3
        else:
            chars.append(spec[i])
            i += 1
    return "".join(dict.fromkeys(chars))


def _check_references(params: list[Param], path: Path) -> None:
    """A "len(x)" bound names another list or str parameter, which is not bound by one itself,
    or, for the elements of a list, the list itself."""
    types = {p.name: p.type for p in params}
    for i, param in enumerate(params):
        for name in param.references:
            if name == param.name and param.type.startswith("list["):
                continue        # its elements bounded by its own length (904: fruits[i] < n)
            other = next((p for p in params if p.name == name), None)
            if other is None or name == param.name or not (
                    types[name] == "str" or types[name].startswith("list[")):
                raise ProblemError(f"{path}: `entry.params[{i}]` bound len({name}) must name "
                                   "another list or str parameter")
            if other.references:
                raise ProblemError(f"{path}: `entry.params[{i}]` bound len({name}) names a "
                                   "parameter that is itself bounded by a length")


def all_problems(root: Path) -> list[Problem]:
    """Every package under `root`; an empty folder is a mistake (a wrong --problems), not a list."""
    found = [load(d) for d in sorted(root.iterdir()) if (d / "problem.toml").is_file()]
    if not found:
        raise UsageError(_NO_PACKAGES.format(root=root))
    return found


def select(problems: list[Problem], tags: list[str] = (), difficulties: list[str] = ()
           ) -> list[Problem]:
    """The problems with any of `tags` and any of `difficulties` (each may be `a,b`); a tag or
    difficulty no problem has is a mistake, said with what was probably meant."""
    def split(values) -> list[str]:
        return [v.strip().lower() for value in values for v in value.split(",") if v.strip()]

    tags, difficulties = split(tags), split(difficulties)
    known = sorted({t for p in problems for t in p.tags})
    for tag in tags:
        if tag not in known:
            close = _close_to(tag, known)
            hint = f"did you mean {' or '.join(close)}?" if close else \
                f"known tags: {', '.join(known)}"
            raise UsageError(f"no problem has the tag {tag!r}; {hint}")
    for level in difficulties:
        if level not in DIFFICULTIES:
            raise UsageError(f"difficulty {level!r} is not one of {', '.join(DIFFICULTIES)}")
    return [p for p in problems if (not tags or set(tags) & set(p.tags))
            and (not difficulties or p.difficulty in difficulties)]


_NO_PACKAGES = ("problems folder {root} holds no problem packages (folders like "
                "0076-minimum-window-substring with a problem.toml)")


def _packages(root: Path) -> dict[str, Path]:
    """The problem folders under `root` (`0076-minimum-window-substring`), by folder name."""
    found = {}
    for folder in sorted(root.iterdir()):
        number, _, slug = folder.name.partition("-")
        if number.isdigit() and slug and (folder / "problem.toml").is_file():
            found[folder.name] = folder
    return found


def _close_to(query: str, slugs: list[str]) -> list[str]:
    """Slugs that `query` is probably a typo of, whole (`contaner-with-most-water`) or as a
    prefix (`contaner`), best first."""
    from difflib import SequenceMatcher

    def likeness(slug: str) -> float:
        return max(SequenceMatcher(None, query, text).ratio()
                   for text in (slug, slug[:len(query)]))

    scored = sorted(((likeness(slug), slug) for slug in slugs), reverse=True)
    return [slug for score, slug in scored if score >= 0.75][:3]


def find(query: str, root: Path) -> Problem:
    """Find a problem by LeetCode id (`76`, `0076`), slug (`minimum-window-substring`), or a
    prefix of a slug that only one problem has (`minimum`); otherwise say what was meant."""
    q = query.strip().lower()
    packages = _packages(root)
    if not packages:
        raise UsageError(_NO_PACKAGES.format(root=root))
    slugs = {name: name.partition("-")[2] for name in packages}
    for name, slug in slugs.items():
        number = name.partition("-")[0]
        if (q.isdigit() and int(q) == int(number)) or q in (slug, name):
            return load(packages[name])
    prefixed = [name for name, slug in slugs.items() if q and not q.isdigit() and
                slug.startswith(q)]
    if len(prefixed) == 1:
        return load(packages[prefixed[0]])
    if prefixed:
        raise UsageError(f"{query!r} could be any of {', '.join(prefixed)}: give more of the "
                         "slug, or the id")
    close = _close_to(q, list(slugs.values()))
    if close:
        ids = {slug: name.partition("-")[0].lstrip("0") for name, slug in slugs.items()}
        guesses = " or ".join(f"{slug} ({ids[slug]})" for slug in close)
        raise UsageError(f"no problem {query!r}; did you mean {guesses}?")
    raise UsageError(f"no problem {query!r}; known problems: {', '.join(packages)}")
