"""Find the user's solution file for a problem, and write starter files. File I/O only.

A solution for problem 76 is any `.py` file in `solutions/` whose name starts with the id
(`76`, `0076`, not `765`) or with the slug. `solutions/` belongs to the learner's workspace (the
current folder, or --workspace / $JUDGE_WORKSPACE), never to the judge's installation.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from judge.errors import UsageError
from judge.engine.problems import BUNDLED, CHECKOUT, Problem, shown_answer

WORKSPACE_ENV = "JUDGE_WORKSPACE"
_LEADING_ID = re.compile(r"^(\d+)(?!\d)")


def solutions_dir(workspace: str | Path | None = None) -> Path:
    """`solutions/` in the workspace: `workspace`, else $JUDGE_WORKSPACE, else the current folder."""
    return Path(workspace or os.environ.get(WORKSPACE_ENV) or ".") / "solutions"


def matches(problem: Problem, filename: str) -> bool:
    stem = filename.lower()
    number = _LEADING_ID.match(stem)
    return (number is not None and int(number[1]) == problem.id) or stem.startswith(problem.slug)


def candidates(problem: Problem, folder: Path) -> list[Path]:
    """The files in `folder` that are solutions to `problem` by their name."""
    return sorted(p for p in folder.glob("*.py") if matches(problem, p.name)) if folder.is_dir() else []


SOURCE_BYTES = 10 * 2**20    # a solution file larger than this is a mistake, not a solution


def usable(path: Path) -> Path:
    """`path` if it is a regular file the judge can read, else UsageError saying what it is.

    A folder, a device or a FIFO is named as such (opening a FIFO would block), and a file that
    cannot be read is refused here rather than judged as a Compile Error and recorded."""
    try:
        mode = path.stat()
    except FileNotFoundError:
        what = "is a link to nothing" if path.is_symlink() else "does not exist"
        raise UsageError(f"solution file {path} {what}") from None
    except OSError as e:
        raise UsageError(f"solution file {path} cannot be read: {e.strerror}") from None
    if stat.S_ISDIR(mode.st_mode):
        raise UsageError(f"solution {path} is a folder, not a file: give the .py file in it")
    if not stat.S_ISREG(mode.st_mode):
        raise UsageError(f"solution {path} is not a regular file (a device, FIFO or socket); "
                         "give a .py file")
    if mode.st_size > SOURCE_BYTES:
        raise UsageError(f"solution file {path} is {mode.st_size / 2**20:.0f} MB; a solution is "
                         f"at most {SOURCE_BYTES >> 20} MB")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            os.read(fd, 1)
        finally:
            os.close(fd)
    except OSError as e:
        raise UsageError(f"solution file {path} cannot be read: {e.strerror}") from None
    return path


def find(problem: Problem, explicit: str | Path | None = None,
         workspace: str | Path | None = None) -> Path:
    """The solution to judge: `explicit`, or the one file in the workspace's solutions/ named
    after `problem`. A learner's own symlink is followed, but never into the problem packages."""
    if explicit is not None:
        _not_a_package_file(problem, Path(explicit))
    return _not_a_package_file(problem, _find(problem, explicit, workspace))


def _not_a_package_file(problem: Problem, path: Path) -> Path:
    """`path`, unless it leads by a symlink or a hard link to a file of the problem packages:
    judging the reference, or a hidden answer, would be no judging at all. A path that names a
    file inside the packages itself (a package's known-verdict submissions) is taken as meant."""
    packages = {problem.root.parent.resolve(), CHECKOUT.resolve(), BUNDLED.resolve()}
    given = Path(os.path.abspath(path))
    if any(given == p or p in given.parents for p in packages):
        return path     # named there on purpose (a package's own submissions), not by a link
    real = path.resolve()
    inside = next((p for p in packages if real == p or p in real.parents), None)
    if inside is None and path.is_file() and path.stat().st_nlink > 1:
        info = path.stat()
        inside = next((p for p in packages if p.is_dir() and any(
            f.stat().st_ino == info.st_ino and f.stat().st_dev == info.st_dev
            for f in p.rglob("*") if f.is_file() and not f.is_symlink())), None)
    if inside is not None:
        raise UsageError(f"solution file {path} leads into the problem packages ({inside}): "
                         "judge a file of your own")
    return path


def _find(problem: Problem, explicit: str | Path | None, workspace: str | Path | None) -> Path:
    if explicit is not None:
        return usable(Path(explicit))
    folder = solutions_dir(workspace)
    found = candidates(problem, folder)
    if not found:
        raise UsageError(f"no solution for {problem.id} in {folder}/: write "
                         f"{folder / (problem.key + '.py')} or pass --solution PATH")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise UsageError(f"several solutions for {problem.id} in {folder}/ ({names}); "
                         "choose one with --solution PATH")
    return usable(found[0])


def read_source(path: Path) -> bytes:
    """The solution's bytes, read by the judge and handed to the worker, which may not read the
    file itself. Opened without blocking and checked to be a regular file: not a FIFO to hang
    on, not a device to read without end."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as e:
        raise UsageError(f"cannot read solution file {path}: {e.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UsageError(f"solution file {path} is not a regular file")
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > SOURCE_BYTES:     # it grew since `usable` looked at it
                raise UsageError(f"solution file {path} is longer than "
                                 f"{SOURCE_BYTES >> 20} MB: not a solution")
        return b"".join(chunks)
    except OSError as e:
        raise UsageError(f"cannot read solution file {path}: {e.strerror}") from None
    finally:
        os.close(fd)


def _annotation(type_name: str) -> str:
    inner = re.fullmatch(r"list\[(.+)\]", type_name)
    return f"List[{_annotation(inner[1])}]" if inner else type_name


def _signature(name: str, params, returns: str) -> str:
    shown = "".join(f", {p.name}: {_annotation(p.type)}" for p in params)
    return f"    def {name}(self{shown}) -> {_annotation(returns)}:"


def _design_class(problem: Problem) -> list[str]:
    """LeetCode's skeleton of a design problem's class, and its note on how it is called."""
    entry = problem.entry
    init = "".join(f", {p.name}: {_annotation(p.type)}" for p in entry.init)
    lines = [f"class {entry.method}:", "", f"    def __init__(self{init}):", "        pass", ""]
    for m in entry.methods:
        lines += [_signature(m.name, m.params, m.returns),
                  "        raise NotImplementedError  # your code here", ""]
    lines += ["", f"# Your {entry.method} object will be instantiated and called as such:",
              f"# obj = {entry.method}({', '.join(p.name for p in entry.init)})"]
    for i, m in enumerate(entry.methods, 1):
        call = f"obj.{m.name}({', '.join(p.name for p in m.params)})"
        lines.append(f"# {call}" if m.returns == "None" else f"# param_{i} = {call}")
    return lines + [""]


def starter(problem: Problem, examples: list[tuple[dict, object]]) -> str:
    """A LeetCode-style file with the signature, the examples in a docstring, and no solution."""
    import json

    entry = problem.entry
    lines = [f'"""{problem.id}. {problem.title} ({problem.difficulty})', ""]
    for i, (args, answer) in enumerate(examples, 1):
        shown = ", ".join(f"{k} = {json.dumps(v)}" for k, v in args.items())
        lines.append(f"Example {i}: {shown}  ->  {shown_answer(problem, answer)}")
    if entry.mutates:
        lines += ["", f"Change {entry.mutates} in place: it is judged as you leave it."]
    lines += ["", f"`judge show {problem.id}` prints the statement, `judge test {problem.id}` runs "
              "the examples,", f"`judge run {problem.id}` runs the hidden tests.", '"""', "",
              "from typing import List", "", ""]
    if entry.design:
        return "\n".join(lines + _design_class(problem))
    lines += ["class Solution:", _signature(entry.method, entry.params, entry.returns),
              "        raise NotImplementedError  # your code here", ""]
    return "\n".join(lines)
