"""`judge --help` (and `judge COMMAND --help`) from the cache folder: building typer's command
tree and rendering it with rich takes most of a help's time, and gives the same text every time
for the same judge, the same environment and the same terminal. So the text a rendering wrote
is kept, under a key of all of those, and printed again without loading typer or rich.

Anything that could change the text changes the key: the command line (with the program's name
as typed), the source files of the
CLI (their size and time of change), the versions of Python, typer and rich, the environment
(colours, widths: all of it but the shell's own bookkeeping) and each standard stream's terminal
and size. A help that could not be kept is rendered as before; a cache that cannot be read or
written is never an error.
"""

from __future__ import annotations

import hashlib
import os
import sys

SHELL_NOISE = frozenset({"PWD", "OLDPWD", "_", "SHLVL"})   # change with `cd`, not the help
SOURCES = ("typer", "rich")     # the renderers, by the files that carry their versions


def _name(argv: list[str], commands) -> str | None:
    """The cache entry's name for a help command line, or None for any other."""
    args = argv[1:]
    if args == ["--help"]:
        return "judge"
    if len(args) == 2 and args[0] in commands and args[1] == "--help":
        return args[0]
    return None


def _key(argv: list[str]) -> str:
    import importlib.util

    h = hashlib.sha256()

    def add(*parts) -> None:
        h.update(repr(parts).encode("utf-8", "backslashreplace") + b"\0")

    main = sys.modules.get("__main__")      # `python -m judge` is the program's name then
    add(sys.version, sys.executable, argv, getattr(getattr(main, "__spec__", None), "name", None),
        getattr(sys.stdout, "encoding", None))
    add(sorted((k, v) for k, v in os.environ.items() if k not in SHELL_NOISE))
    for fd in (0, 1, 2):
        try:
            add(fd, os.isatty(fd), tuple(os.get_terminal_size(fd)))
        except OSError:
            add(fd, None)
    here = os.path.dirname(os.path.abspath(__file__))
    files = [os.path.join(here, n) for n in sorted(os.listdir(here)) if n.endswith(".py")]
    files.append(os.path.join(os.path.dirname(here), "__init__.py"))       # the version
    for module in SOURCES:
        spec = importlib.util.find_spec(module)
        files.append(spec.origin if spec and spec.origin else module)
    for path in files:
        try:
            st = os.stat(path)
            add(path, st.st_size, st.st_mtime_ns)
        except OSError:
            add(path, None)
    return h.hexdigest()


def _path(name: str) -> str:
    from judge.engine.cachedir import cache_dir

    return os.path.join(cache_dir(), "help", f"{name}.txt")


def show(argv: list[str], commands) -> bool:
    """Print the kept help for `argv` and return True, if there is one for this very key."""
    name = _name(argv, commands)
    if name is None:
        return False
    try:
        with open(_path(name), encoding="utf-8") as f:
            key, _, text = f.read().partition("\n")
    except (OSError, ValueError):
        return False
    if key != _key(argv):
        return False
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:         # `judge --help | head -1`: stop quietly, as the CLI does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)               # ExitCode.OUTPUT_CLOSED, not imported here
    return True


class _Tee:
    """sys.stdout while a help is rendered: writes go through, and text is kept (anything else
    written, bytes say, spoils the copy: then nothing is kept)."""

    def __init__(self, real):
        self.real, self.parts, self.spoiled = real, [], False

    def write(self, text):
        if isinstance(text, str):
            self.parts.append(text)
        elif text:
            self.spoiled = True
        return self.real.write(text)

    def __getattr__(self, name):     # isatty, fileno, encoding, flush...: the real stream's
        return getattr(self.real, name)


def run(app, argv: list[str], commands) -> None:
    """Run `app`, keeping what it prints when `argv` asks for a help and it succeeds."""
    name = _name(argv, commands)
    if name is None:
        app()
        return
    real = sys.stdout
    sys.stdout = tee = _Tee(real)
    try:
        app()
    except SystemExit as e:
        if e.code in (0, None) and not tee.spoiled:
            _keep(name, argv, "".join(tee.parts))
        raise
    finally:
        sys.stdout = real


def _keep(name: str, argv: list[str], text: str) -> None:
    """Write the entry atomically; a folder that cannot take it keeps nothing."""
    path = _path(name)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(f"{_key(argv)}\n{text}")
        os.replace(temporary, path)
    except Exception:       # the cache is an optimisation: whatever goes wrong, the help was shown
        pass
