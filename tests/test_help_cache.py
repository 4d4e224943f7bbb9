"""`judge --help` from the cache (cli/helpcache.py): the same text as a rendering, a fresh
rendering whenever anything that shapes the text differs, and never an error of its own."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def _help(cache, *args, env=None, shell_tail=""):
    environment = {**os.environ, "JUDGE_CACHE_DIR": str(cache), "COLUMNS": "90", **(env or {})}
    environment.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "judge", *args, "--help"]
    if shell_tail:
        return subprocess.run(" ".join(command) + shell_tail, shell=True, cwd=ROOT,
                              env=environment, capture_output=True, text=True, timeout=120)
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("args", [(), ("run",)], ids=["judge", "run"])
def test_a_kept_help_is_the_rendered_one(tmp_path, args):
    first, second = _help(tmp_path, *args), _help(tmp_path, *args)
    assert first.returncode == second.returncode == 0, first.stderr
    assert "Usage: " in first.stdout
    assert second.stdout == first.stdout
    assert sorted(p.name for p in (tmp_path / "help").iterdir()) == \
        [f"{args[0] if args else 'judge'}.txt"]


def test_another_terminal_width_is_rendered_afresh(tmp_path):
    _help(tmp_path / "a", "run")
    narrow = _help(tmp_path / "a", "run", env={"COLUMNS": "60"})
    fresh = _help(tmp_path / "b", "run", env={"COLUMNS": "60"})
    assert narrow.stdout == fresh.stdout
    assert max(map(len, narrow.stdout.splitlines())) <= 60


def test_an_entry_of_another_key_is_not_shown_and_is_replaced(tmp_path):
    rendered = _help(tmp_path / "fresh", "run").stdout
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "run.txt").write_text("0" * 64 + "\nSTALE HELP\n")
    shown = _help(tmp_path, "run")
    assert shown.returncode == 0 and shown.stdout == rendered
    assert "STALE" not in (tmp_path / "help" / "run.txt").read_text()


@pytest.mark.parametrize("junk", [b"\xff\xfe not text", b"", b"no newline at all"])
def test_a_damaged_entry_is_rendered_over(tmp_path, junk):
    rendered = _help(tmp_path / "fresh").stdout
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "judge.txt").write_bytes(junk)
    shown = _help(tmp_path)
    assert shown.returncode == 0 and shown.stdout == rendered, shown.stderr


def test_a_cache_folder_that_cannot_be_written_still_shows_the_help(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown = _help(blocker)
    assert shown.returncode == 0 and "Usage: " in shown.stdout
    assert "Traceback" not in shown.stderr and shown.stderr == ""


def test_a_kept_help_into_a_closed_pipe_stops_quietly(tmp_path):
    _help(tmp_path)
    cut = _help(tmp_path, shell_tail=" | head -c 1")
    assert "Traceback" not in cut.stderr and cut.stderr == ""
