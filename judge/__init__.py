"""judge: an offline judge for practising coding-interview problems in Python.

The public API lives in judge.api and is re-exported here lazily, so that the worker process,
which imports judge.worker, loads nothing of the parent's machinery. See README.md for the CLI
and DESIGN.md for how the package is laid out.
"""

from importlib import import_module

__version__ = "0.1.0"
_EXPORTS = {
    "judge.api": ("find_problem", "find_solution", "list_problems", "run", "run_custom",
                  "run_samples"),
    "judge.errors": ("ExitCode", "JudgeError", "UsageError", "ProblemError", "InternalError"),
    "judge.engine.verdicts": ("CaseResult", "Limits", "Report", "Verdict"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'judge' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
