"""The names LeetCode's Python 3 environment gives a solution without an import.

Code pasted from LeetCode must run unchanged, so a solution module starts with these names in its
namespace. Star imports never shadow a builtin (`math.pow` would break `pow(a, b, m)`), and `re`
is offered as a module only (`re.compile` would shadow `compile`). Imported by the worker only.
"""

from __future__ import annotations

import builtins

MODULES = ("array", "bisect", "collections", "copy", "functools", "heapq", "itertools", "math",
           "operator", "random", "re", "string", "sys", "typing")
STAR_FROM = ("typing", "collections", "heapq", "bisect", "math", "itertools", "functools")
SORTED = ("SortedList", "SortedDict", "SortedSet")


def namespace() -> dict:
    ns: dict = {}
    for name in MODULES:
        ns[name] = __import__(name)
    for name in STAR_FROM:
        module = ns[name]
        exported = getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")])
        ns.update((n, getattr(module, n)) for n in exported if not hasattr(builtins, n))
    import sortedcontainers

    ns.update((n, getattr(sortedcontainers, n)) for n in SORTED)
    ns["sortedcontainers"] = sortedcontainers
    ns["inf"] = float("inf")
    return ns
