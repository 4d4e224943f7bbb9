"""The worker's scratch folder and environment, on the parent's side: make the folder, count
what the solution keeps in it (files are memory on tmpfs), remove it whatever is in it, and
sweep what a judge killed outright left behind. File I/O; nothing here runs in the worker.
"""

from __future__ import annotations

import os
import stat

from judge.engine.protocol import ABI_KNOB

SCRATCH_FILES = 4_096                 # files and folders a worker may make in its scratch folder
SCRATCH_PREFIX = "judge-worker-"
_swept: set[str] = set()


def scratch() -> str:
    """A private folder (mode 0700) for one worker: its cwd, TMPDIR and HOME. Its name carries
    the judge's pid, so that what a judge killed outright left behind is removed by the next."""
    import tempfile

    folder = tempfile.gettempdir()
    if folder not in _swept:
        _swept.add(folder)
        _sweep(folder)
    return tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=folder)


def _sweep(folder: str) -> None:
    """Remove the scratch folders of judges that are gone (our own folders only)."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(SCRATCH_PREFIX)]
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(SCRATCH_PREFIX):].partition("-")[0]
        try:
            mine = entry.is_dir(follow_symlinks=False) and entry.stat(
                follow_symlinks=False).st_uid == os.geteuid()
        except OSError:
            continue
        if mine and pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            remove_scratch(entry.path)


def remove_scratch(path: str) -> None:
    """Remove a worker's folder, whatever the solution left in it: permissions taken off, FIFOs,
    sockets, trees far deeper than PATH_MAX or the recursion limit (which shutil.rmtree needs).

    The walk holds one descriptor and one list of names per level, so no depth exhausts the
    judge's descriptors or stack; the worker is dead by now, so nothing moves under it.
    """
    try:
        _remove_tree(path)
    except OSError:     # a kind of file this does not know: do what can be done
        import shutil

        shutil.rmtree(path, ignore_errors=True)


def scratch_held(folder: str, pid: int, memory_mb: int) -> str:
    """Why the worker's files break its memory limit, or "" when they do not.

    On tmpfs a file is RAM that no address-space limit sees: what is in the scratch folder, and
    what the worker holds open unlinked (deleted files, O_TMPFILE). Counted from the parent
    after each case; the walk stops at SCRATCH_FILES entries and never recurses in Python."""
    blocks: dict[tuple[int, int], int] = {}
    entries, stack = 0, [folder]
    while stack:
        try:
            listing = os.scandir(stack.pop())
        except OSError:
            continue
        with listing:
            for entry in listing:
                entries += 1
                if entries > SCRATCH_FILES:
                    return (f"the solution made more than {SCRATCH_FILES} files in its scratch "
                            "folder (files are memory on tmpfs)")
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                blocks[info.st_dev, info.st_ino] = info.st_blocks * 512
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        fds = []
    for fd in fds:
        try:
            info = os.stat(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_nlink == 0:
            blocks[info.st_dev, info.st_ino] = info.st_blocks * 512
    total = sum(blocks.values())
    if total > memory_mb * 2**20:
        return (f"the solution's files (in its scratch folder, or deleted and held open) take "
                f"{total >> 20} MB, more than the {memory_mb} MB memory limit (files are memory "
                "on tmpfs)")
    return ""


def _remove_tree(path: str) -> None:
    directory = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
    os.chmod(path, 0o700)
    fd = os.open(path, directory)
    levels = [("", _empty(fd))]         # (its name in the level above, subfolders left)
    try:
        while levels:
            name, left = levels[-1]
            if left:
                child = left.pop()
                os.chmod(child, 0o700, dir_fd=fd)       # a folder, never a link: scandir said so
                fd = _replace(fd, os.open(child, directory, dir_fd=fd))
                levels.append((child, _empty(fd)))
                continue
            levels.pop()
            if levels:
                fd = _replace(fd, os.open("..", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC,
                                          dir_fd=fd))
                os.rmdir(name, dir_fd=fd)
    finally:
        os.close(fd)
    os.rmdir(path)


def _replace(old: int, new: int) -> int:
    os.close(old)
    return new


def _empty(fd: int) -> list[str]:
    """Unlink everything in the folder but its subfolders (files, links, FIFOs, sockets); name those."""
    folders = []
    with os.scandir(fd) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.name)
            else:
                os.unlink(entry.name, dir_fd=fd)
    return folders


def worker_env(folder: str) -> dict[str, str]:
    """No secrets of the judge's environment (CI tokens, say) reach the solution: only locale,
    and the test knob that can only weaken the sandbox (and then the report says how)."""
    kept = {k: v for k, v in os.environ.items()
            if k.startswith("LC_") or k in ("LANG", "TZ", ABI_KNOB)}
    return {**kept, "HOME": folder, "TMPDIR": folder}
