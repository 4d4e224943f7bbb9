"""A right answer is recognised by its text alone (judge/engine/answers.py): that shortcut must
agree with decoding and comparing, on every value, so it can never accept a wrong answer."""

import json
import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from judge import api
from judge.engine import answers, protocol
from judge.engine.checkers import exact
from judge.engine.problems import Case
from judge.engine.verdicts import Verdict

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=5))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=3), inner, max_size=3), max_leaves=12)
PROBLEM = api.find_problem("11")     # its checker is the exact one
FOLDER = Path(tempfile.mkdtemp(prefix="judge-answers-test-"))


def _stored(value) -> Case:
    """A case whose answer file is written as `judge build` writes them."""
    path = FOLDER / "case.ans"
    path.write_text(json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return Case("case", "{}", path)


@settings(max_examples=400, deadline=None)
@given(expected=VALUES, other=VALUES, same=st.booleans())
@example(expected=["a,b"], other=["a, b"], same=False)     # a comma inside a string
@example(expected={"k": 1}, other={"k": True}, same=False)
@example(expected=[49], other=[49.0], same=False)
def test_the_text_shortcut_agrees_with_decoding(expected, other, same):
    got = expected if same else other
    text = protocol.canonical(got)          # what the worker sends (json.dumps' defaults)
    verdict = answers.check(PROBLEM, _stored(expected), text, len(text))[0]
    assert (verdict is Verdict.AC) == (exact(expected, got) is None)


def test_the_shortcut_is_taken_for_plain_numbers():
    case = _stored([3, True, None, 2.5, [1, -7]])
    assert answers.stored_text(case) == protocol.canonical([3, True, None, 2.5, [1, -7]])
    assert answers.stored_text(_stored(["a,b"])) is None     # a comma inside a string: decode
