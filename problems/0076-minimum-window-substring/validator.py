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
