"""`judge check` results kept between runs, so that only what changed is checked again.

A problem's check takes minutes (its known-verdict submissions run at half and double the limit,
every mutant runs on the hidden cases), and its result depends only on:
- every file of the problem's package (statements, data, reference, submissions, ...);
- the judge's code that judges and checks (judge/engine, judge/setter, judge/worker);
- the limits on this machine (the calibration of the reference), the interpreter and the machine.
The key is a hash of all of those, so any change to one is a miss. Only a passing result is
kept (a failing one is being worked on); it is stored as JSON in the user's cache folder
(judge.engine.limits.cache_dir: `JUDGE_CACHE_DIR`, or ~/.cache/judge), one file per key. A file
that cannot be read is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import threading
from pathlib import Path

from judge.engine import limits
from judge.errors import JudgeError
from judge.engine.problems import Problem

FORMAT = "check-result-1"       # a new layout of the stored result must not read old files
JUDGE = Path(__file__).resolve().parent.parent
CODE = ("engine", "setter", "worker")   # the folders of judge/ whose code decides a check


def _folder() -> Path:
    return limits.cache_dir() / "checked"


def _files(root: Path):
    """Every file under `root`, in a fixed order, without caches of compiled Python."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


def key(problem: Problem) -> str | None:
    """The key of the problem's check as it stands now; None when it cannot be computed (its
    reference cannot be timed, a file cannot be read): then it is simply checked."""
    h = hashlib.sha256()
    try:
        lim = limits.limits_for(problem)
        for part in (FORMAT, sys.version, platform.node(), platform.machine(), repr(lim)):
            h.update(part.encode() + b"\0")
        for root, label in [(problem.root, "package")] + [(JUDGE / c, c) for c in CODE]:
            for path in _files(root):
                h.update(f"{label}/{path.relative_to(root)}\0".encode())
                h.update(hashlib.sha256(path.read_bytes()).digest())
    except (JudgeError, OSError, ValueError):     # a broken reference: _start reports it
        return None
    return h.hexdigest()[:32]


def recall(found: str | None) -> dict | None:
    """The stored result under this key, or None."""
    if not found:
        return None
    try:
        stored = json.loads((_folder() / f"{found}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) and stored.get("format") == FORMAT else None


def store(found: str | None, document: dict) -> None:
    """Keep `document` under this key; a cache that cannot be written is left alone."""
    if not found:
        return
    folder = _folder()
    scratch = folder / f".{found}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch.write_text(json.dumps({"format": FORMAT, **document}), encoding="utf-8")
        os.replace(scratch, folder / f"{found}.json")    # readers never see half a file
    except OSError:
        try:
            scratch.unlink()
        except OSError:
            pass
