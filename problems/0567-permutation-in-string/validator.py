"""Input validator for 567. Permutation in String: raise ValueError naming the broken constraint."""

import string

MAX_LENGTH = 10**4
LETTERS = frozenset(string.ascii_lowercase)


def _check_string(name, value) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a str, got {type(value).__name__}")
    if not 1 <= len(value) <= MAX_LENGTH:
        raise ValueError(f"1 <= {name}.length <= 10^4 is broken: {name}.length = {len(value)}")
    for i, c in enumerate(value):
        if c not in LETTERS:
            raise ValueError(f"{name} consists of lowercase English letters is broken: "
                             f"{name}[{i}] = {c!r}")


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    expected = {"s1", "s2"}
    missing = sorted(expected - set(args))
    extra = sorted(set(args) - expected, key=str)
    if missing:
        raise ValueError(f"missing argument(s): {', '.join(missing)}")
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(map(str, extra))}")
    _check_string("s1", args["s1"])
    _check_string("s2", args["s2"])
