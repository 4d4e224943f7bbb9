"""The CLI's quick coercion of option values (judge/cli/common.py) gives what typer's own gives.

Typer coerces values through pydantic, which the judge skips for the plain kinds its options
use; for every parameter of every command, each value the quick path accepts must come out as
typer's own coercion makes it, and a value typer refuses must never be accepted quickly."""

from pathlib import Path

import pytest
import typer.main
from typer._coercion import build_runtime_param

from judge.cli import app
from judge.cli.common import _Quick

VALUES = ["1", "0", "-3", "007", " 5", "+2", "1_000", "99999999999999999999", "abc", "", "text",
          "json", "JSON", "junit", "zh", "en", "fr", "a//b/", "/no/such/place", "tests",
          "README.md", "-", "true"]


def _params():
    group = typer.main.get_command(app)
    with group.make_context("judge", ["--version"], resilient_parsing=True) as ctx:
        for name, command in group.commands.items():
            for param in command.get_params(ctx):
                if getattr(param, "type_descriptor", None) is not None:
                    yield f"{name}:{param.name}", param, ctx


def _outcome(coerce):
    try:
        return "ok", coerce()
    except Exception as e:      # typer's refusal, with its message
        return "error", str(e)


@pytest.mark.parametrize("name,param,ctx", list(_params()), ids=lambda x: x if isinstance(x, str) else "")
def test_quick_coercion_agrees_with_typer(name, param, ctx):
    descriptor = param.type_descriptor
    quick = _Quick(descriptor, build_runtime_param)
    slow = build_runtime_param(descriptor)
    multi = param.multiple or param.nargs == -1
    checked = 0
    for value in [None, *VALUES, *([("a", "README.md"), ()] if multi else [])]:
        given = (value,) if multi and isinstance(value, str) else value
        kind, fast = _outcome(lambda: quick.quick(given, param, ctx))
        if kind == "error":
            continue            # left to typer's coercion: the same by construction
        assert _outcome(lambda: slow.coerce(given, param=param, ctx=ctx)) == ("ok", fast), \
            f"{name} {given!r}"
        checked += 1
    assert checked          # every parameter takes some value quickly
