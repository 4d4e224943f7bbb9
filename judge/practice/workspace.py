"""The learner's solutions folder: write a starter file without ever losing work. File I/O.

`judge new` writes what judge.engine.solutions.starter produces. An existing solution is left alone
unless the user asks for `--force`, and then it is first copied to a backup that does not end in
`.py`, so that the solution finder does not see two solutions.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from judge.engine import solutions
from judge.errors import UsageError
from judge.engine.problems import Problem


@dataclass(frozen=True)
class NewFile:
    path: Path
    backup: Path | None = None       # where the replaced file went, with --force
    unchanged: bool = False          # the file was already the untouched starter


def starter_text(problem: Problem) -> str:
    return solutions.starter(problem, problem.examples())


def _backup_name(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.bak{n}")
    return candidate


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise UsageError(f"{path} already exists and cannot be read ({e.strerror}); not "
                         "writing over it") from None


def new(problem: Problem, *, force: bool = False, workspace: str | Path | None = None) -> NewFile:
    """Write the starter file for `problem` in the workspace's `solutions/`."""
    folder = solutions.solutions_dir(workspace)
    text = starter_text(problem)
    target = folder / f"{problem.key}.py"
    existing = solutions.candidates(problem, folder)
    others = [p for p in existing if p != target]
    if others:
        names = ", ".join(str(p) for p in others)
        raise UsageError(f"{names} already {'hold' if len(others) > 1 else 'holds'} a solution for {problem.id}; not writing a second "
                         "one (edit that file, or move it out of the folder first)")
    if (target.exists() or target.is_symlink()) and not target.is_file():
        raise UsageError(f"{target} exists and is not a regular file; not writing over it")
    if existing and _read(target) == text:
        return NewFile(target, unchanged=True)
    if existing and not force:
        raise UsageError(f"{target} already exists and may hold your work; not overwriting it "
                         f"(`judge new {problem.id} --force` replaces it and keeps a backup)")
    backup = None
    try:
        if existing:
            backup = _backup_name(target)
            shutil.copy2(target, backup)
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {target}: {e.strerror}") from None
    return NewFile(target, backup)
