"""The learner's history: every judged attempt, with a copy of its code, in one SQLite file.

Does file I/O. The database lives in the user's data folder (platformdirs), or in
$JUDGE_DATA_DIR; recording is off with `--no-history` or $JUDGE_NO_HISTORY (CI grading does
not need it). WAL and a busy timeout let parallel judge processes write at once without
corrupting the file. A damaged file is never fatal: it is renamed aside (kept, not deleted), a
new database starts, and the caller gets a notice to show. History is a by-product of judging,
so `record` turns every storage failure into a notice instead of an exception.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from judge.errors import UsageError
from judge.engine.verdicts import Report, Verdict

if TYPE_CHECKING:       # loaded when a database is opened: --no-history never does
    import sqlite3

DATA_ENV = "JUDGE_DATA_DIR"
OFF_ENV = "JUDGE_NO_HISTORY"
FILENAME = "history.sqlite3"
BUSY_TIMEOUT_S = 30.0
_DAMAGED = {11, 26}     # SQLITE_CORRUPT, SQLITE_NOTADB: the file itself is bad, not just busy

_SCHEMA = """
CREATE TABLE IF NOT EXISTS code (
    sha256 TEXT PRIMARY KEY,
    text   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,       -- UTC, ISO 8601
    problem   TEXT NOT NULL,       -- the LeetCode id, as a string
    slug      TEXT NOT NULL,
    kind      TEXT NOT NULL,       -- run (hidden cases) | examples | custom
    verdict   TEXT NOT NULL,       -- a Verdict code: AC, WA, ...
    passed    INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    time_ms   REAL NOT NULL,
    memory_kb INTEGER NOT NULL,
    solution  TEXT NOT NULL,
    sha256    TEXT NOT NULL REFERENCES code(sha256)
);
CREATE INDEX IF NOT EXISTS attempts_by_problem ON attempts(problem, id);
"""


HINT = f"{DATA_ENV} chooses another folder, --no-history records nothing"


def _source() -> str:
    return f" (from {DATA_ENV})" if os.environ.get(DATA_ENV) else ""


def data_dir() -> Path:
    chosen = os.environ.get(DATA_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir("judge", appauthor=False))


def enabled(no_history: bool = False) -> bool:
    """False with --no-history, or when $JUDGE_NO_HISTORY holds anything but 0/false/no."""
    flag = os.environ.get(OFF_ENV, "").strip().lower()
    return not no_history and flag in ("", "0", "false", "no")


@dataclass(frozen=True)
class Snapshot:
    """The code as it was when judging began (the file may change while it runs)."""

    text: str
    sha256: str

    @classmethod
    def of(cls, path: Path) -> "Snapshot":
        """Raises OSError for anything but a regular file: a FIFO saved in its place (under
        `judge watch`) must not block the judge in open() or read()."""
        import stat

        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise OSError(f"{path} is not a regular file")
            text = f.read().decode("utf-8", errors="replace")
        return cls(text, hashlib.sha256(text.encode()).hexdigest())


@dataclass(frozen=True)
class Attempt:
    id: int
    at: datetime
    problem: str
    slug: str
    kind: str
    verdict: Verdict
    passed: int
    total: int
    time_ms: float
    memory_kb: int
    solution: str
    sha256: str


@dataclass(frozen=True)
class ProblemStats:
    problem: str
    slug: str
    attempts: int           # every recorded attempt, examples included
    runs: int               # judged on the hidden cases
    solved: bool            # some run on the hidden cases was accepted
    first_solved: datetime | None
    best_ms: float | None   # the fastest accepted run
    last_verdict: Verdict
    last_at: datetime


def _row_to_attempt(row) -> Attempt:
    return Attempt(row[0], datetime.fromisoformat(row[1]), *row[2:5], Verdict[row[5]], *row[6:])


class History:
    """One open history database. Use as a context manager; read `notices` afterwards."""

    def __init__(self, folder: Path | None = None):
        self.path = (folder or data_dir()) / FILENAME
        self.notices: list[str] = []
        self.db: sqlite3.Connection | None = None

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _connect(self) -> sqlite3.Connection:
        if self.db is None:
            folder = self.path.parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                what = "is not a folder" if folder.exists() and not folder.is_dir() else \
                    f"cannot be created: {e.strerror}"
                raise UsageError(f"the history folder {folder}{_source()} {what}; {HINT}") from None
            import sqlite3

            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                db.executescript(_SCHEMA)
            except BaseException:
                db.close()
                raise
            self.db = db
        return self.db

    def _do(self, action):
        """Run `action(connection)`; a damaged file is moved aside once and the action retried."""
        import sqlite3

        try:
            return action(self._connect())
        except sqlite3.DatabaseError as e:
            if getattr(e, "sqlite_errorcode", 0) & 0xFF not in _DAMAGED:
                raise UsageError(f"history database {self.path}{_source()}: {e}; {HINT}") from None
            self._move_aside(e)
            return action(self._connect())

    def _move_aside(self, error: Exception) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while aside.exists():   # an earlier damaged copy is kept too
            n += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").rename(Path(f"{aside}{suffix}"))
            except FileNotFoundError:   # absent, or another process moved it first
                pass
        self.notices.append(f"the history database {self.path} was damaged ({error}); it was "
                            f"moved to {aside.name} and a new one started")

    def add(self, report: Report, code: Snapshot, kind: str) -> int:
        """Record one judged attempt; return its number."""
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        row = (at, report.problem, report.slug, kind, report.verdict.code, report.passed,
               report.total, round(report.time_ms, 3), report.peak_memory_kb, report.solution,
               code.sha256)

        def insert(db: sqlite3.Connection) -> int:
            with db:   # one transaction: the code and the attempt land together or not at all
                db.execute("BEGIN IMMEDIATE")
                db.execute("INSERT OR IGNORE INTO code VALUES (?, ?)", (code.sha256, code.text))
                return db.execute(
                    "INSERT INTO attempts (at, problem, slug, kind, verdict, passed, total, "
                    "time_ms, memory_kb, solution, sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    row).lastrowid

        return self._do(insert)

    def attempts(self, problem: str | None = None, limit: int | None = None) -> list[Attempt]:
        """The newest attempts first, of one problem or of all."""
        where, params = ("WHERE problem = ?", [problem]) if problem else ("", [])
        sql = f"SELECT id, at, problem, slug, kind, verdict, passed, total, time_ms, memory_kb, " \
              f"solution, sha256 FROM attempts {where} ORDER BY id DESC LIMIT ?"
        rows = self._do(lambda db: db.execute(sql, [*params, -1 if limit is None else limit])
                        .fetchall())
        return [_row_to_attempt(r) for r in rows]

    def attempt(self, number: int) -> tuple[Attempt, str]:
        """One attempt and its code."""
        if not 0 < number < 2**63:
            raise UsageError(f"no attempt {number} in the history; `judge history` lists them")
        row = self._do(lambda db: db.execute(
            "SELECT a.id, a.at, a.problem, a.slug, a.kind, a.verdict, a.passed, a.total, "
            "a.time_ms, a.memory_kb, a.solution, a.sha256, c.text FROM attempts a "
            "JOIN code c USING (sha256) WHERE a.id = ?", (number,)).fetchone())
        if row is None:
            raise UsageError(f"no attempt {number} in the history; `judge history` lists them")
        return _row_to_attempt(row[:-1]), row[-1]

    def stats(self) -> list[ProblemStats]:
        """Per problem: how many attempts, whether and when it was solved, the best time."""
        rows = self._do(lambda db: db.execute("""
            SELECT problem, slug, COUNT(*),
                   SUM(kind = 'run'),
                   MAX(kind = 'run' AND verdict = 'AC'),
                   MIN(CASE WHEN kind = 'run' AND verdict = 'AC' THEN at END),
                   MIN(CASE WHEN kind = 'run' AND verdict = 'AC' THEN time_ms END),
                   (SELECT verdict FROM attempts l WHERE l.problem = a.problem
                    ORDER BY id DESC LIMIT 1),
                   MAX(at)
            FROM attempts a GROUP BY problem ORDER BY CAST(problem AS INTEGER)""").fetchall())
        return [ProblemStats(r[0], r[1], r[2], r[3], bool(r[4]),
                             datetime.fromisoformat(r[5]) if r[5] else None, r[6],
                             Verdict[r[7]], datetime.fromisoformat(r[8])) for r in rows]


def record(report: Report, code: Snapshot | None, kind: str, *, no_history: bool = False,
           folder: Path | None = None) -> list[str]:
    """Record an attempt unless recording is off; return notices for the user, never raise."""
    if code is None or not enabled(no_history):
        return []
    import sqlite3

    try:
        with History(folder) as history:
            history.add(report, code, kind)
            return history.notices
    except (UsageError, sqlite3.Error, OSError) as e:
        return [f"the attempt was not recorded in the history: {e}"]


def preflight(*, no_history: bool = False, folder: Path | None = None) -> list[str]:
    """Open the history before judging, so that an unusable folder is a usage error up front
    rather than an attempt judged and then lost; return notices (a damaged file moved aside)."""
    if not enabled(no_history):
        return []
    with History(folder) as history:
        history._do(lambda db: None)
        return history.notices


def snapshot(path: Path, *, no_history: bool = False) -> Snapshot | None:
    """The code to record later, read now; None when recording is off or the file is unreadable."""
    if not enabled(no_history):
        return None
    try:
        return Snapshot.of(path)
    except OSError:
        return None
