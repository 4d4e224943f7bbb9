"""Input validator for 424. Longest Repeating Character Replacement; raises ValueError on the
first broken rule."""

MAX_LENGTH = 10**5
LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid k.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"s", "k"}:
        raise ValueError(f"expected exactly the arguments s and k, got {sorted(map(str, args))}")
    s, k = args["s"], args["k"]
    if not isinstance(s, str):
        raise ValueError(f"s must be a string, got {type(s).__name__}")
    if not 1 <= len(s) <= MAX_LENGTH:
        raise ValueError(f"1 <= s.length <= 10^5 is broken: s.length = {len(s)}")
    for i, ch in enumerate(s):
        if ch not in LETTERS:
            raise ValueError(f"s consists of only uppercase English letters: s[{i}] = {ch!r}")
    if not _is_int(k):
        raise ValueError(f"k must be an int: k = {k!r} ({type(k).__name__})")
    if not 0 <= k <= len(s):
        raise ValueError(f"0 <= k <= s.length is broken: k = {k}, s.length = {len(s)}")
