"""`judge new-problem`: write the skeleton of a problem package, for a problem setter to finish.

Writes files (never over an existing folder). Every place the setter must fill in says TODO, and
`judge check` lists each one with what belongs there, so the skeleton and the check together are
the checklist: the package is finished when `judge check ID` passes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from judge.errors import UsageError
from judge.setter.margins import FOLDER_VERDICT

_SLUG = re.compile(r"^(?:(?P<id>\d+)-)?(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")


def _method(slug: str) -> str:
    first, *rest = slug.split("-")
    return first + "".join(w.capitalize() for w in rest)


def _files(id_: int, slug: str, title: str) -> dict[str, str]:
    method = _method(slug)
    fence = "```"
    return {
        "problem.toml": f'''id = {id_}
slug = "{slug}"
title = {json.dumps(title, ensure_ascii=False)}
title_zh = "TODO"
difficulty = "medium"               # easy | medium | hard
tags = []                           # TODO: LeetCode's topic tags, e.g. ["array", "two-pointers"]

[entry]
method = "{method}"                 # LeetCode's method name
returns = "int"                     # TODO: the return type
params = [                          # TODO: the parameters, in LeetCode's order
  {{ name = "nums", type = "list[int]", length = [1, 100000], min = -10000, max = 10000 }},
]
# mutates = "nums"                  # in place: judged on the return and nums as left
# kind = "design"                   # a class driven by calls: see problems/README.md

[judge]
compare = "exact"                   # a checker name from judge/checkers.py
memory_mb = 256
''',
        "statement.md": f"""# {id_}. {title}

TODO: the statement, in your own words.

## Examples

**Example 1**

{fence}
TODO: Input: nums = [1,2,3]   (then an Output: line; `judge check` compares them with data/sample)
{fence}

## Constraints

- TODO
""",
        "statement.zh.md": f"""# {id_}. TODO 中文标题

TODO: 题目描述。

## 示例

{fence}
TODO: 输入：nums = [1,2,3]   (然后一行 输出：)
{fence}

## 提示

- TODO
""",
        "explanation.md": "# Approach\n\nTODO: the intended approach, why it is correct, its "
                          "time and memory.\n",
        "explanation.zh.md": "# 思路\n\nTODO: 解法、正确性、复杂度。\n",
        "reference.py": f'''"""Reference solution for {id_}. {title}. Every expected answer comes from it."""

from typing import List


class Solution:
    def {method}(self, nums: List[int]) -> int:
        raise NotImplementedError  # TODO: the intended solution
''',
        "brute.py": f'''"""Brute force for {id_}. {title}: as simple as possible, to cross-check the reference."""


def solve(nums):
    raise NotImplementedError  # TODO: try everything


def small(args) -> bool:
    # TODO: True when solve() finishes in about a second on these arguments.
    return len(args["nums"]) <= 1000
''',
        "validator.py": f'''"""Input validator for {id_}. {title}: raise ValueError naming the broken constraint."""


def validate(args: dict) -> None:
    if set(args) != {{"nums"}}:
        raise ValueError(f"expected the argument nums, got {{sorted(args)}}")
    # TODO: every constraint of the statement, e.g.
    # if not 1 <= len(args["nums"]) <= 10**5:
    #     raise ValueError(f"1 <= nums.length <= 10^5 is broken: {{len(args['nums'])}}")
''',
        "generator.py": f'''"""Test cases for {id_}. {title}: deterministic, every random case from its own seed."""

import random  # noqa: F401


def samples():
    # TODO: the statement's examples, in order: [("example-1", {{"nums": [1, 2, 3]}}), ...]
    return []


def secret():
    # TODO: edge cases first (they fail fast), then random ones from random.Random(seed), then
    # the largest inputs allowed.
    return []


def families():
    # TODO: {{"name": make}}, make(n) -> one valid input of size about n, for the growth analyser
    return {{}}
''',
        "submissions/growth.toml": '''# How each file's time grows on its worst family, read from its code: the truth `judge analyze`
# is held to. One of: 1, log n, n, n log n, n^2, n^2 log n, n^3, 2^n.
reference = "n"   # TODO: the reference's growth

# [accepted]
# two_pointers = "n"
# [time_limit_exceeded]
# every_pair = "n^2"
''',
    }


def new_problem(name: str, root: Path, id_: int | None = None, title: str | None = None) -> Path:
    """Create `root/<id>-<slug>/` and return it. `name` is a slug, or `<id>-<slug>`."""
    m = _SLUG.match(name.strip())
    if not m:
        raise UsageError(f"{name!r} is not a slug: lower-case words joined by '-', "
                         "e.g. trapping-rain-water or 42-trapping-rain-water")
    number = id_ if id_ is not None else (int(m["id"]) if m["id"] else None)
    if number is None:
        raise UsageError("give the LeetCode number: --id 42, or 42-trapping-rain-water")
    if m["id"] and id_ is not None and int(m["id"]) != id_:
        raise UsageError(f"{name} and --id {id_} disagree")
    slug = m["slug"]
    folder = root / f"{number:04d}-{slug}"
    taken = [p.name for p in sorted(root.iterdir()) if _same_problem(p.name, number, slug)]
    if taken:
        raise UsageError(f"{root / taken[0]} exists already")
    title = title or " ".join(w.capitalize() for w in slug.split("-"))
    folder.mkdir(parents=True)
    for verdict in FOLDER_VERDICT:
        (folder / "submissions" / verdict).mkdir(parents=True)
    for file, text in _files(number, slug, title).items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _same_problem(folder: str, number: int, slug: str) -> bool:
    """A package folder `NNNN-slug` with this id or exactly this slug (not one ending in it)."""
    head, _, tail = folder.partition("-")
    return (head.isdigit() and int(head) == number) or tail == slug
