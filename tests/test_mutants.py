"""The AST mutator: which mutants it makes, that they are real and stable, and that the problems'
lists of equivalent mutants still name current mutants. Pure: no worker, no files written."""

import textwrap
import tomllib

import pytest

from judge import api
from judge.setter.mutants import mutants
from judge.setter.mutation import EQUIVALENTS

SOURCE = textwrap.dedent('''\
    """Docstrings and annotations are left alone."""
    from collections import deque
    from typing import List


    class Solution:
        def f(self, nums: List[int], k: int) -> int:
            """Not a mutation target either."""
            best = 0
            queue: deque = deque()
            for i in range(1, len(nums)):
                if nums[i] > best and not k:
                    best = max(best, nums[i - 1] + k)
                queue.append(nums[i:k])
                if best == 7:
                    break
            return best
''')


def by_id(source=SOURCE):
    return {m.id: m for m in mutants(source)}


def changed_line(mutant, source=SOURCE):
    """The mutant's version of its line (comments and layout come from ast.unparse)."""
    return mutant.description.split("-> ")[-1].strip("`")


@pytest.mark.parametrize("mutant_id, after", [
    ("12:16 gt>ge", "if nums[i] >= best and (not k):"),
    ("12:16 gt>lt", "if nums[i] < best and (not k):"),
    ("12:16 and>or", "if nums[i] > best or not k:"),
    ("12:35 not>drop", "if nums[i] > best and k:"),
    ("12:13 negate", "if not (nums[i] > best and (not k)):"),
    ("13:24 max>min", "best = min(best, nums[i - 1] + k)"),
    ("13:34 index+1", "best = max(best, nums[i - 1 + 1] + k)"),
    ("13:34 add>sub", "best = max(best, nums[i - 1] - k)"),
    ("13:39 sub>add", "best = max(best, nums[i + 1] + k)"),
    ("13:43 1>0", "best = max(best, nums[i - 0] + k)"),
    ("11:18 range.arg1+1", "for i in range(1 + 1, len(nums)):"),
    ("11:18 range.arg2-1", "for i in range(1, len(nums) - 1):"),
    ("14:26 lower-1", "queue.append(nums[i - 1:k])"),
    ("14:26 upper+1", "queue.append(nums[i:k + 1])"),
    ("14:13 append>appendleft", "queue.appendleft(nums[i:k])"),
    ("9:16 0>1", "best = 1"),
    ("15:16 eq>ne", "if best != 7:"),
    ("15:24 7>8", "if best == 8:"),
    ("16:17 break>continue", "continue"),
])
def test_each_operator_makes_its_mutant(mutant_id, after):
    found = by_id()
    assert mutant_id in found, sorted(found)
    assert changed_line(found[mutant_id]) == after


def test_dropping_a_statement_leaves_pass_and_says_which():
    dropped = by_id()["13:17 drop"]
    assert dropped.description == "line 13: drop `best = max(best, nums[i - 1] + k)`"
    assert "pass" in dropped.source and "max(best" not in dropped.source


def test_docstrings_annotations_and_imports_are_left_alone():
    for m in mutants(SOURCE):
        assert m.line not in (1, 2, 3, 7, 8), m.id      # docstrings, imports, the signature
        assert "nums: List[int], k: int) -> int:" in m.source
        assert "queue: deque = deque()" in m.source or m.id == "10:9 drop"


def test_mutants_are_distinct_compile_and_differ_from_the_original():
    found = mutants(SOURCE)
    assert len(found) > 30
    assert len({m.id for m in found}) == len({m.source for m in found}) == len(found)
    for m in found:
        compile(m.source, m.id, "exec")
        assert "\n" not in m.description


def test_a_mutant_really_changes_behaviour():
    source = "def lower(a, b):\n    return a < b\n"
    flipped = by_id(source)["2:12 lt>le"]
    space = {}
    exec(flipped.source, space)
    assert space["lower"](3, 3) is True       # the original says False


def test_same_source_same_mutants_and_ids_survive_code_added_below():
    first, again = mutants(SOURCE), mutants(SOURCE)
    assert first == again
    longer = SOURCE + "\n\ndef helper(x):\n    return x + 1\n"
    assert {m.id for m in first} < {m.id for m in mutants(longer)}


def test_repeated_positions_get_numbered_ids():
    # `a + b + c`: both additions start at the same column
    ids = [m.id for m in mutants("def f(a, b, c):\n    return a + b + c\n")]
    assert "2:12 add>sub" in ids and "2:12 add>sub #2" in ids


@pytest.mark.parametrize("problem", [p.key for p in api.list_problems()
                                     if (p.root / EQUIVALENTS).is_file()])
def test_listed_equivalent_mutants_are_current_mutants(problem):
    """An edit of reference.py that renumbers lines must come with an updated list (a package
    that lists none has nothing to keep current: its every surviving mutant fails `judge
    check`)."""
    prob = api.find_problem(problem)
    path = prob.root / EQUIVALENTS
    current = {m.id: m.description for m in mutants((prob.root / "reference.py").read_text())}
    for entry in tomllib.loads(path.read_text())["equivalent"]:
        assert current.get(entry["id"]) == entry["mutant"], entry["id"]
        assert len(entry["reason"]) > 40
