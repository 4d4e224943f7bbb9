"""The order-free and real-valued checkers: answers that must pass (another order, 1e-6 off)
and answers that must fail (1e-4 off, an element missing or given twice, another type, another
length), with messages that say what to fix; and the tolerance a problem.toml declares."""

import json
import math
import random
import shutil

import pytest
from hypothesis import given, strategies as st

from judge import api
from judge.engine import problems
from judge.engine.checkers import close, exact, key, unordered, unordered_groups
from judge.errors import ProblemError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=3),
    max_leaves=10,
)


# --- the canonical key -----------------------------------------------------------------------

@given(json_values, json_values)
def test_equal_keys_exactly_when_exact_finds_the_values_equal(a, b):
    assert (key(a) == key(b)) == (exact(a, b) is None)


@given(st.lists(json_values, max_size=6))
def test_keys_of_any_values_can_be_sorted(values):
    sorted(map(key, values))      # a TypeError here would make the key useless for sorting


def test_key_of_a_nan_does_not_break_a_comparison():
    assert unordered([1.5], [float("nan")]) is not None
    assert unordered_groups([[1.5]], [[float("nan"), 2]]) is not None


# --- unordered -------------------------------------------------------------------------------

@given(st.lists(json_values, max_size=8), st.randoms())
def test_unordered_accepts_every_order(values, rng):
    shuffled = list(values)
    rng.shuffle(shuffled)
    assert unordered(values, shuffled) is None


@given(st.lists(st.integers(-3, 3), max_size=8), st.lists(st.integers(-3, 3), max_size=8))
def test_unordered_accepts_exactly_the_same_multiset(expected, got):
    assert (unordered(expected, got) is None) == (sorted(expected) == sorted(got))


@pytest.mark.parametrize("expected, got, says", [
    ([1, 2], [1.0, 2], "the element 1 is missing; the element 1.0 is not expected"),
    ([True], [1], "the element true is missing; the element 1 is not expected"),
    ([0, 1, 2], [2, 0], "the element 1 is missing"),
    ([0, 1], [1, 0, 1], "the element 1 appears twice, expected once"),
    ([0, 1, 1], [1, 0], "the element 1 appears once, expected twice"),
    ([0, 1], [1, 0, 7], "the element 7 is not expected"),
    ([[1, 2]], [[2, 1]], "the element [1, 2] is missing"),     # inner order still counts
    ([0, 6], "[0, 6]", "expected a list, got str"),
    ([0, 6], {"0": 6}, "expected a list, got dict"),
])
def test_unordered_rejects_and_names_the_element(expected, got, says):
    assert says in unordered(expected, got)


def test_unordered_counts_every_difference():
    found = unordered([0, 1, 2, 3], [3, 9, 8, 1])
    assert "the element 0 is missing; the element 9 is not expected" in found
    assert "2 missing and 2 extra in all; expected 4 elements, got 4" in found


def test_unordered_sees_the_key_order_of_objects_as_one_value():
    assert unordered([{"a": 1, "b": 2}], [{"b": 2, "a": 1}]) is None


def test_unordered_clips_a_long_element():
    found = unordered(["x" * 500], ["y" * 500])
    assert len(found) < 300 and "..." in found


# --- unordered_groups ------------------------------------------------------------------------

TRIPLETS = [[-1, -1, 2], [-1, 0, 1]]


@given(st.lists(st.lists(st.integers(-4, 4), min_size=3, max_size=3), max_size=6), st.randoms())
def test_groups_accept_every_order_of_groups_and_inside_groups(groups, rng):
    shuffled = [rng.sample(g, len(g)) for g in groups]
    rng.shuffle(shuffled)
    assert unordered_groups(groups, shuffled) is None


@given(st.lists(st.lists(st.integers(-2, 2), max_size=3), max_size=4),
       st.lists(st.lists(st.integers(-2, 2), max_size=3), max_size=4))
def test_groups_accept_exactly_the_same_multiset_of_multisets(expected, got):
    same = sorted(map(sorted, expected)) == sorted(map(sorted, got))
    assert (unordered_groups(expected, got) is None) == same


@pytest.mark.parametrize("got", [
    [[1, 0, -1], [2, -1, -1]],
    [[-1, 2, -1], [0, 1, -1]],
    [[-1, -1, 2], [-1, 0, 1]],
])
def test_groups_pass(got):
    assert unordered_groups(TRIPLETS, got) is None


@pytest.mark.parametrize("expected, got, says", [
    (TRIPLETS, [[-1, -1, 2]], "the triplet [-1, 0, 1] is missing"),
    ([[-1, 0, 1]], [[-1, 0, 1], [-1, 0, 1]], "the triplet [-1, 0, 1] appears twice, expected once"),
    ([[-1, 0, 1]], [[1, 0, -1], [0, -1, 1]], "appears twice, expected once"),
    (TRIPLETS, TRIPLETS + [[0, 0, 0]], "the triplet [0, 0, 0] is not expected"),
    ([[0, 0, 0]], [[0, 0]], "the triplet [0, 0, 0] is missing; the triplet [0, 0] is not expected"),
    ([[-1, -1, 2]], [[-1, 2, 2]], "the triplet [-1, -1, 2] is missing"),   # a group is a bag
    ([[-1, 0, 1]], [[-1, 0.0, 1]], "the triplet [-1, 0, 1] is missing"),
    ([[1, 1]], [[1, True]], "the pair [1, 1] is missing"),
    ([[1, 2], [3]], [[1, 2]], "the group [3] is missing"),
    (TRIPLETS, [[-1, -1, 2], 5], "element 1 of the answer is int 5, not a list"),
    (TRIPLETS, 0, "expected a list of lists, got int"),
])
def test_groups_fail_and_name_the_group(expected, got, says):
    assert says in unordered_groups(expected, got)


def test_groups_on_an_empty_answer():
    assert unordered_groups([], []) is None
    assert "the triplet [0, 0, 0] is not expected" in unordered_groups([], [[0, 0, 0]])


# --- float -----------------------------------------------------------------------------------

@pytest.mark.parametrize("expected, got", [
    (1.5, 1.5 + 1e-6), (1.5, 1.5 - 1e-6), (2.0, 2), (0.0, -0.0), (0.0, 1e-6),
    (3e9, 3e9 + 1e4 * 1e-6 * 3e5),          # relative: 3e9 * 1e-5 = 3e4 allowed
    ([1.0, -2.5, 3.0], [1.000001, -2.500001, 3]),
    ([], []), ([[0.5, 1.5]], [[0.5000001, 1.5]]),
])
def test_float_passes_within_the_tolerance(expected, got):
    assert close(expected, got) is None


@pytest.mark.parametrize("expected, got, says", [
    (1.5, 1.5001, "the answer differs by 0.0001 (expected 1.5, got 1.5001"),
    ([1.0, 2.0, 3.0, 1.5], [1.0, 2.0, 3.0, 1.502],
     "element 3 differs by 0.002 (expected 1.5, got 1.502"),
    ([1.0, 2.0], [1.0], "expected 2 numbers, got 1"),
    ([1.0], [1.0, 2.0], "expected 1 numbers, got 2"),
    ([1.0, 2.0], [1.0, True], "element 1 is bool true, not a number"),
    ([1.0], ["1.0"], 'element 0 is str "1.0", not a number'),
    ([1.0], 1.0, "expected a list, got float 1.0"),
    (1.0, float("nan"), "NaN, which is never accepted"),
    ([1.0], [float("inf")], "element 0 is Infinity, which is never accepted"),
    (1e308, float("inf"), "never accepted"),
    ([[0.5, 1.5]], [[0.5, 1.6]], "element 0[1] differs by 0.1"),
    (0.0, None, "the answer is null, not a number"),
    ([1.0], [10**400], "element 0 is an integer of 401 digits, far from 1.0"),
    (1.0, -10**309, "the answer is an integer of 310 digits"),
])
def test_float_fails_and_says_where(expected, got, says):
    assert says in close(expected, got)


@given(st.floats(-1e9, 1e9), st.floats(1e-9, 1e-1))
def test_float_is_within_tolerance_either_absolute_or_relative(value, tolerance):
    inside = value + tolerance * max(1.0, abs(value)) * 0.5
    outside = value + tolerance * max(1.0, abs(value)) * 2.5
    assert close(value, inside, tolerance) is None
    assert close(value, outside, tolerance) is not None


# --- big answers stay cheap: a Counter of keys, never a search per element ---------------------

def test_a_large_answer_in_another_order_is_compared_element_by_element():
    rng = random.Random(5)
    groups = [sorted(rng.sample(range(-10**5, 10**5), 3)) for _ in range(200_000)]
    shuffled = [rng.sample(g, 3) for g in groups]
    rng.shuffle(shuffled)
    assert unordered_groups(groups, shuffled) is None
    shuffled[-1] = shuffled[0]
    assert "appears twice, expected once" in unordered_groups(groups, shuffled)
    flat = list(range(200_000))
    assert unordered(flat, flat[::-1]) is None


# --- the tolerance in problem.toml -----------------------------------------------------------

def _package(tmp_path, judge_table: str):
    source = problems.CHECKOUT / "0011-container-with-most-water"
    folder = tmp_path / source.name
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("data", "submissions"))
    toml = folder / "problem.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index("[judge]")
    toml.write_text(text[:start] + "[judge]\nmemory_mb = 256\n" + judge_table, encoding="utf-8")
    return folder


def test_the_tolerance_comes_from_problem_toml(tmp_path):
    loose = problems.load(_package(tmp_path, 'compare = "float"\ntolerance = 0.01\n'))
    assert loose.checker(1.5, 1.505) is None and loose.checker(1.5, 1.52) is not None
    assert "allowed: 0.01" in loose.checker(1.5, 1.52)


def test_480_takes_its_tolerance_as_absolute_only():
    """LeetCode: within 1e-5 of the actual value. Near 2^31 a relative 1e-5 is 2e4 wide."""
    median = api.find_problem("480").checker
    big = 2147483647.0
    assert median([big, 1.5], [big, 1.500001]) is None
    assert median([big, 1.5], [big - 0.5, 1.5]) == (
        "element 0 differs by 0.5 (expected 2147483647.0, got 2147483646.5; allowed: 1e-05)")
    assert close([big], [big - 0.5]) is None       # the relative rule would have let it pass


def test_the_tolerance_defaults_to_1e_5(tmp_path):
    default = problems.load(_package(tmp_path, 'compare = "float"\n'))
    assert default.checker(1.5, 1.500001) is None and default.checker(1.5, 1.5001) is not None


@pytest.mark.parametrize("table, says", [
    ('compare = "exact"\ntolerance = 1e-5\n', 'an option of compare = "float", not of \'exact\''),
    ('compare = "float"\ntolerance = "small"\n', "must be a number between 0 and 1"),
    ('compare = "float"\ntolerance = 0\n', "must be a number between 0 and 1"),
    ('compare = "float"\ntolerance = nan\n', "must be a number between 0 and 1"),
])
def test_a_wrong_tolerance_is_a_problem_error_naming_the_field(tmp_path, table, says):
    with pytest.raises(ProblemError, match="judge.tolerance") as e:
        problems.load(_package(tmp_path, table))
    assert says in str(e.value) and "problem.toml" in str(e.value)


def test_nan_and_large_numbers_survive_a_json_round_trip_into_the_checker():
    # What a forged worker could send: Python's json reads NaN and 1e400 (as infinity).
    for text in ("NaN", "1e400", "-Infinity"):
        got = json.loads(text)
        assert not math.isfinite(got) and close(1.0, got) is not None


# --- a float answer right to the last bits but printed longer is still read -------------------

def test_a_float_answer_printed_longer_than_the_answer_file_is_read_and_accepted():
    from judge.engine import answers, protocol
    from judge.engine.verdicts import Verdict

    p480 = problems.find("480", problems.problems_root())
    case = p480.case("secret", "24-large-window-of-two-extremes")
    expected = case.answer()
    assert set(expected) == {-0.5}              # the file says -0.5, five bytes with its comma
    got = [-0.5000000000000001] * len(expected)   # within 1e-5, printed four times longer
    text = protocol.canonical(got)
    assert len(text) <= answers.room(case)        # the judge reads all of it...
    verdict, why, _, _ = answers.check(p480, case, text, len(text))
    assert verdict is Verdict.AC, why             # ...and accepts it
    off = protocol.canonical([-0.5001] * len(expected))
    assert answers.check(p480, case, off, len(off))[0] is Verdict.WA


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan")])
@pytest.mark.parametrize("at", [0, 5, 9])
def test_float_never_accepts_nan_or_infinity_anywhere_in_a_list(bad, at):
    expected = [1.5] * 10
    got = list(expected)
    got[at] = bad
    assert f"element {at} is" in close(expected, got)
    assert f"element 0[{at}] is" in close([expected], [got])
