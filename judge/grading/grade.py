"""Grading many submissions: find them, take a shard's share, judge them in parallel, merge shards.

A grading run is a list of solution files, each paired with its problem (from the file's name, as
`judge run` finds solutions, or from `--problem`) and, in a roster (`ROSTER/<person>/<file>.py`),
with a person. Each submission is judged by the same engine as `judge run` (judge.engine.judging.run, one worker
process per submission); a thread pool only waits on those processes, so `-j N` keeps N workers
busy. Limits are calibrated once per problem before fanning out, so parallel runs neither measure
the reference twice nor measure it on a busy machine.

The grade document (`document()`) is the JSON form of a grading: every report as
`render.report_json` writes it, plus the person, the hidden cases that were not run, a summary
and the shard. Shards written on different CI runners come back together through `merge()`,
which checks that every shard is there exactly once. Reads files; writes only the calibration
cache (through judge.engine.limits).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from judge.engine import judging, launch, limits, problems, solutions
from judge.errors import ExitCode, UsageError
from judge.engine.problems import Problem
from judge.engine.verdicts import Report, Verdict

KIND = "judge-grade"
VERSION = 1


@dataclass(frozen=True)
class Submission:
    path: Path
    problem: Problem
    person: str | None     # the roster folder it sits in, when there is one
    key: str               # its path below the PATH argument: stable, for sharding
    refused: str = ""      # why it is not judged (not the student's own file), or ""


@dataclass(frozen=True)
class Shard:
    """Share `index` of `count` (1-based), as `--shard 2/3` writes it."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not m or not 1 <= int(m[1]) <= int(m[2]):
            raise UsageError(f"--shard {text!r}: expected K/N with 1 <= K <= N, like 2/3")
        return cls(int(m[1]), int(m[2]))

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


@dataclass(frozen=True)
class Graded:
    submission: Submission
    report: Report
    not_run: tuple[str, ...]    # hidden cases skipped after the first failure (or a compile error)


@dataclass(frozen=True)
class Grading:
    graded: tuple[Graded, ...]
    unmatched: tuple[str, ...]  # .py files in a folder whose name names no problem
    shard: Shard | None = None


def _files(root: Path, unmatched: list[str]) -> list[tuple[Path, str]]:
    """The .py files below `root` with why each is refused ("" for none), skipping hidden
    folders and caches. No symbolic link is followed: a linked file is refused, and so is each
    .py file seen through a linked folder (listed, not walked). A folder that cannot be read,
    or a linked one with nothing to refuse, goes to `unmatched`: nobody vanishes silently."""
    found: list[tuple[Path, str]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            unmatched.append(str(folder))
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            path = Path(folder, entry.name)
            if entry.is_symlink():
                why = f"{path} is a symbolic link (to {os.readlink(path)}): not the student's own"
                if not path.is_dir():
                    if entry.name.endswith(".py"):
                        found.append((path, f"{why} file"))
                    continue
                inside = _linked_folder(path)
                found += [(p, f"{why} folder") for p in inside]
                if not inside:
                    unmatched.append(str(path))
            elif entry.is_dir(follow_symlinks=False):
                stack.append(path)
            elif entry.name.endswith(".py"):
                regular = entry.is_file(follow_symlinks=False)
                found.append((path, "" if regular else f"{path} is not a regular file"))
    return sorted(found)


def _linked_folder(folder: Path, limit: int = 1000) -> list[Path]:
    """The .py names directly in a linked folder (listed, not read, not walked further)."""
    try:
        with os.scandir(folder) as listing:
            return sorted(Path(folder, e.name) for _, e in zip(range(limit), listing)
                          if e.name.endswith(".py") and not e.name.startswith("."))
    except OSError:
        return []


def _outside_links(paths: list[Path]) -> set[Path]:
    """The regular files among `paths` with a hard link outside them: another name for a
    file that is not in the roster (the reference, say), which is not the student's work."""
    counted: dict[tuple[int, int], int] = {}
    infos = {}
    for path in paths:
        try:
            info = path.lstat()
        except OSError:
            continue
        infos[path] = info
        counted[info.st_dev, info.st_ino] = counted.get((info.st_dev, info.st_ino), 0) + 1
    return {p for p, i in infos.items() if i.st_nlink > counted[i.st_dev, i.st_ino]}


def _labels(people: set[str]) -> dict[str, str]:
    """Each roster folder's name as reports show it: as it is, unless another name reads the
    same (Unicode forms, case) or it holds unprintable characters; then with its escaped form,
    so that two people never look like one."""
    import unicodedata

    same: dict[str, list[str]] = {}
    for name in people:
        same.setdefault(unicodedata.normalize("NFKC", name).casefold(), []).append(name)
    return {name: name if len(same[unicodedata.normalize("NFKC", name).casefold()]) == 1
            and name.isprintable() else f"{name} ({ascii(name)[1:-1]})" for name in people}


def _problem_of(name: str, known: list[Problem]) -> Problem | None:
    found = [p for p in known if solutions.matches(p, name)]
    # A leading id names one problem; of slugs that prefix the name, the longest is meant.
    return max(found, key=lambda p: len(p.slug)) if found else None


def discover(paths: list[Path], problem: str | None = None,
             problems_dir: str | Path | None = None) -> tuple[list[Submission], list[str]]:
    """The submissions under `paths`, in a stable order, and what was not graded: files that
    name no problem, folders that could not be read. Each file is one submission, by its own
    path (never merged with another through a link); links are refused, not followed."""
    if not paths:
        raise UsageError("nothing to grade: give solution files or folders")
    root = problems.problems_root(problems_dir)
    chosen = problems.find(problem, root) if problem else None
    known = [chosen] if chosen else problems.all_problems(root)
    found: dict[str, tuple[Path, Problem, str | None, str, str]] = {}
    unmatched: list[str] = []
    for arg in paths:
        if arg.is_dir():
            for path, why in _files(arg, unmatched):
                rel = path.relative_to(arg)
                prob = chosen or _problem_of(path.name, known)
                if prob is None:
                    unmatched.append(str(path))
                    continue
                person = rel.parts[0] if len(rel.parts) > 1 else None
                found.setdefault(os.path.abspath(path), (path, prob, person, rel.as_posix(), why))
        elif arg.exists() or arg.is_symlink():
            prob = chosen or _problem_of(arg.name, known)
            if prob is None:
                raise UsageError(f"cannot tell which problem {arg} solves: start its name with the "
                                 "problem's id or slug (0011-container-with-most-water.py), or "
                                 "pass --problem")
            why = f"{arg} is a symbolic link (to {os.readlink(arg)}): not the student's own " \
                  "file" if arg.is_symlink() else "" if arg.is_file() else \
                  f"{arg} is not a regular file"
            found.setdefault(os.path.abspath(arg), (arg, prob, None, arg.name, why))
        else:
            raise UsageError(f"{arg} does not exist")
    if not found:
        where = ", ".join(map(str, paths))
        raise UsageError(f"no submissions found in {where}: solution files are named after a "
                         "problem's id or slug")
    linked = _outside_links([path for path, *_, why in found.values() if not why])
    labels = _labels({person for _, _, person, _, _ in found.values() if person is not None})
    subs = [Submission(path, prob, labels.get(person), key, why or (
                f"{path} is a hard link to a file outside the roster: not the student's own "
                "file" if path in linked else ""))
            for path, prob, person, key, why in found.values()]
    return sorted(subs, key=lambda s: str(s.path)), unmatched


def take_shard(submissions: list[Submission], shard: Shard | None) -> list[Submission]:
    """Shard K of N: every submission lands in exactly one shard, and the shards differ by at
    most one in size. Dealt in the order of a hash of each file's path below its PATH, so a
    roster's layout (all of one problem together) does not load one shard with the slow ones."""
    if shard is None:
        return submissions
    order = sorted(range(len(submissions)), key=lambda i: (
        hashlib.sha256(submissions[i].key.encode()).hexdigest(), submissions[i].key))
    mine = {i for rank, i in enumerate(order) if rank % shard.count == shard.index - 1}
    return [s for i, s in enumerate(submissions) if i in mine]


def _judge(sub: Submission, require_sandbox: bool = False) -> Graded:
    """One submission's grade. Whatever happens while judging it stays its own: a refusal, or
    an internal error of the judge's, is this submission's verdict and the others go on."""
    refused = sub.refused
    if not refused:
        try:
            solutions.read_source(sub.path)
        except UsageError as e:
            refused = str(e)
    try:
        report = refused_report(sub, refused) if refused else \
            judging.run(sub.problem, sub.path, require_sandbox=require_sandbox, jobs=1)
    except UsageError as e:
        if require_sandbox:
            raise       # no full sandbox on this machine, and it was required: grade nothing
        report = refused_report(sub, str(e))
    except Exception as e:      # a fault of the judge's: an IE for this one, not for the class
        report = refused_report(sub, "", internal_error=f"{type(e).__name__}: {e}")
    ran = {r.name for r in report.results}
    not_run = tuple(n for n in sub.problem.case_names("secret") if n not in ran)
    return Graded(sub, report, not_run)


def refused_report(sub: Submission, why: str, internal_error: str = "") -> Report:
    """The report of a submission that was not run, under its own path (never a link's target,
    which could be another person's)."""
    shown = os.path.abspath(sub.path)
    here = os.getcwd() + os.sep
    return Report(str(sub.problem.id), sub.problem.slug,
                  shown[len(here):] if shown.startswith(here) else str(sub.path),
                  len(sub.problem.case_names("secret")), limits.limits_for(sub.problem),
                  refused=why, internal_error=internal_error)


def grade(submissions: list[Submission], jobs: int | None = None, shard: Shard | None = None,
          unmatched: list[str] = (), require_sandbox: bool = False) -> Grading:
    """Judge every submission, `jobs` at a time; the order of the result is the order given."""
    jobs = jobs or launch.available_cores()
    if jobs < 1:
        raise UsageError(f"-j {jobs}: the number of parallel workers must be at least 1")
    limits.calibrate(s.problem for s in submissions)
    judge = functools.partial(_judge, require_sandbox=require_sandbox)
    if jobs == 1:
        graded = [judge(s) for s in submissions]
    else:
        pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="grade")
        try:
            graded = list(pool.map(judge, submissions))
        finally:
            pool.shutdown(cancel_futures=True)   # on Ctrl-C, start nothing new
    return Grading(tuple(graded), tuple(unmatched), shard)


def summarize(entries: list[dict]) -> dict:
    """Counts per verdict and each person's score, from the grade document's entries."""
    verdicts = {v.code: 0 for v in Verdict}
    people: dict[str, dict] = {}
    for e in entries:
        verdicts[e["verdict"]] = verdicts.get(e["verdict"], 0) + 1
        if e.get("person") is None:
            continue
        person = people.setdefault(e["person"], {"solved": 0, "attempted": 0, "problems": {}})
        best = person["problems"].get(e["problem"])
        if best is None or (best != "AC" and e["verdict"] == "AC"):
            person["problems"][e["problem"]] = e["verdict"]
    for person in people.values():
        person["attempted"] = len(person["problems"])
        person["solved"] = sum(v == "AC" for v in person["problems"].values())
    return {"submissions": len(entries), "accepted": verdicts["AC"], "verdicts": verdicts,
            "people": dict(sorted(people.items()))}


def _document(entries: list[dict], unmatched: list[str], shards: list[dict] | None) -> dict:
    entries = sorted(entries, key=lambda e: e["solution"])
    return {"kind": KIND, "version": VERSION, "summary": summarize(entries), "shards": shards,
            "reports": entries, "unmatched": sorted(set(unmatched))}


def document(grading: Grading) -> dict:
    """The grade JSON: each report exactly as `judge run --format json` writes it, plus more."""
    from judge.render.reports import report_json

    entries = [{**report_json(g.report), "person": g.submission.person, "not_run": list(g.not_run)}
               for g in grading.graded]
    shard = grading.shard
    return _document(entries, list(grading.unmatched),
                     [{"index": shard.index, "count": shard.count}] if shard else None)


def _load(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror}") from None
    except ValueError as e:
        raise UsageError(f"{path} is not JSON: {e}") from None
    reports = doc.get("reports") if isinstance(doc, dict) and doc.get("kind") == KIND else None
    if not isinstance(reports, list) or not all(
            isinstance(r, dict) and {"solution", "problem", "verdict"} <= r.keys() for r in reports):
        raise UsageError(f"{path} is not a `judge grade --format json` document")
    if doc.get("version") != VERSION:
        raise UsageError(f"{path} is grade format version {doc.get('version')}; this judge reads "
                         f"version {VERSION}")
    return doc


def merge(paths: list[Path]) -> dict:
    """One grade document from the shards' documents, refusing a missing or repeated shard."""
    if not paths:
        raise UsageError("--merge needs the JSON files of the shards")
    docs = [(p, _load(p)) for p in paths]
    sharded = [p for p, d in docs if d.get("shards")]
    if sharded and len(sharded) < len(docs):
        whole = next(p for p, d in docs if not d.get("shards"))
        raise UsageError(f"{whole} holds an unsharded run; merge only the shards of one run")
    seen: dict[tuple[int, int], Path] = {}
    for path, doc in docs:
        for s in doc.get("shards") or ():
            key = (s["index"], s["count"])
            if key in seen:
                raise UsageError(f"shard {key[0]}/{key[1]} is in both {seen[key]} and {path}")
            seen[key] = path
    if sharded:
        counts = {count for _, count in seen}
        if len(counts) > 1:
            raise UsageError(f"the files come from different shardings: "
                             f"{', '.join(f'{k}/{n}' for k, n in sorted(seen))}")
        count = counts.pop()
        missing = [f"{k}/{count}" for k in range(1, count + 1) if (k, count) not in seen]
        if missing:
            raise UsageError(f"shard {', '.join(missing)} missing: a merge needs every shard")
    entries: dict[str, dict] = {}
    for path, doc in docs:
        for e in doc["reports"]:
            if e["solution"] in entries:
                raise UsageError(f"{e['solution']} was graded twice (again in {path})")
            entries[e["solution"]] = e
    shards = [{"index": k, "count": n} for k, n in sorted(seen)] or None
    return _document(list(entries.values()), [u for _, d in docs for u in d.get("unmatched", [])],
                     shards)


def exit_status(doc: dict) -> ExitCode:
    """Accepted when everything was, not accepted when anything was not, a judge fault when the
    judge itself failed on any submission."""
    if doc["summary"]["verdicts"].get("IE"):
        return ExitCode.JUDGE_FAULT
    return ExitCode.of(doc["summary"]["accepted"] == doc["summary"]["submissions"])
