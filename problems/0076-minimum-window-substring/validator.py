"""Input validator for LeetCode 76, Minimum Window Substring."""

import string

_LETTERS = frozenset(string.ascii_letters)
_MAX_LEN = 10 ** 5
_PARAMS = ("s", "t")


def _check_text(name: str, value) -> None:
    if not isinstance(value, str):
        raise ValueError(
            f"{name} must be a string: {name} has type {type(value).__name__}"
        )
    if not 1 <= len(value) <= _MAX_LEN:
        raise ValueError(
            f"1 <= {name}.length <= 10^5 is broken: {name}.length = {len(value)}"
        )
    for pos, ch in enumerate(value):
        if ch not in _LETTERS:
            raise ValueError(
                f"{name} consists of upper- and lower-case English letters is broken: "
                f"{name}[{pos}] = {ch!r}"
            )


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be a dict: got {type(args).__name__}")
    missing = [p for p in _PARAMS if p not in args]
    if missing:
        raise ValueError(f"missing argument(s): {', '.join(missing)}")
    extra = sorted(str(k) for k in args if k not in _PARAMS)
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(extra)}")
    for name in _PARAMS:
        _check_text(name, args[name])


def promise(args: dict) -> None:
    """The statement's promise about the test data: whenever an answer exists, exactly one window
    has the smallest length. `judge build` and `judge check` hold every case to it; input typed
    with `judge test --case` need not meet it.

    The shortest covering window ending at each position is found by a sliding window (the left
    end only moves right); the minimal windows are those whose length equals the overall minimum,
    one per end position at most.
    """
    from collections import Counter

    s, t = args["s"], args["t"]
    need = Counter(t)
    missing = len(t)
    left, best, count = 0, 0, 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        length = right - left + 1
        if not best or length < best:
            best, count = length, 1
        elif length == best:
            count += 1
    if count > 1:
        raise ValueError(f"the shortest window is unique is broken: {count} windows of length "
                         f"{best} contain t")
