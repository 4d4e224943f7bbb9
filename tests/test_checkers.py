"""The exact checker against a plain statement of its rule, and the --case parser's
round trip, as properties over generated values (hypothesis shrinks any counterexample)."""

import json

from hypothesis import given, strategies as st

from judge import api
from judge.engine.checkers import exact
from judge.engine.custom import parse

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=12,
)


def same(a, b) -> bool:
    """The rule, stated plainly: equal values whose JSON types match at every level."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


@given(json_values)
def test_every_value_equals_itself(value):
    assert exact(value, json.loads(json.dumps(value))) is None


@given(json_values, json_values)
def test_exact_accepts_exactly_the_same_values(expected, got):
    assert (exact(expected, got) is None) == same(expected, got)


def test_the_serializer_rules():
    assert exact(49, "49") and exact(1, True) and exact(49, 49.0) and exact([1], [1, 2])
    assert exact([1, [2, 3]], [1, [2, 3]]) is None


P239 = api.find_problem("239")


@given(st.lists(st.integers(-10**4, 10**4), min_size=1, max_size=30).flatmap(
    lambda nums: st.tuples(st.just(nums), st.integers(1, len(nums)))))
def test_case_input_round_trips_in_both_forms(case):
    nums, k = case
    lines = f"{json.dumps(nums)}\n{k}"
    shown = f"nums = {json.dumps(nums)}, k = {k}"
    assert parse(P239, lines) == parse(P239, shown) == {"nums": nums, "k": k}
