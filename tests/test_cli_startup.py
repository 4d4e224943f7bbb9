"""`judge <command>` imports only its own command module (judge/cli/__init__.py): the map from
command to module must name every command, and a command loaded alone must behave, and show its
help, exactly as in the whole CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from judge import cli
from judge.cli import app

from conftest import ROOT

# In a fresh interpreter: run the CLI's entry point on argv, then say which command modules
# were loaded (on stderr, after the command's own output, from an exit hook: main() exits).
PROBE = """
import atexit, sys
atexit.register(lambda: print("LOADED", *sorted(m for m in sys.modules
                                               if m.startswith("judge.cli.")), file=sys.stderr))
sys.argv = ["judge", *sys.argv[1:]]
from judge.cli import main
main()
"""
# The same command line through the whole CLI, every command registered.
WHOLE = """
import sys
from judge.cli import app
app(args=sys.argv[1:], prog_name="judge")
"""


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _name(info) -> str:
    return info.name or info.callback.__name__.replace("_", "-")


def test_every_command_is_mapped_to_the_module_that_defines_it():
    registered = {_name(c): c.callback.__module__ for c in app.registered_commands}
    assert registered == {name: f"judge.cli.{module}" for name, module in cli.COMMANDS.items()}
    assert set(cli.COMMANDS.values()) == set(cli.MODULES)


def test_a_command_loads_its_own_module_alone_and_help_loads_them_all():
    done = _run(PROBE, "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    loaded = done.stderr.split("LOADED")[-1].split()
    assert "judge.cli.judging" in loaded and "judge.cli.grading" not in loaded
    done = _run(PROBE, "--help")
    assert done.returncode == 0, done.stderr
    loaded = done.stderr.split("LOADED")[-1].split()
    assert {f"judge.cli.{m}" for m in cli.MODULES} <= set(loaded)
    assert all(name in done.stdout for name in cli.COMMANDS)


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_a_command_loaded_alone_shows_the_same_help(command):
    alone, whole = _run(PROBE, command, "--help"), _run(WHOLE, command, "--help")
    assert alone.returncode == whole.returncode == 0, alone.stderr + whole.stderr
    assert alone.stdout == whole.stdout and "Usage: judge " + command in alone.stdout
