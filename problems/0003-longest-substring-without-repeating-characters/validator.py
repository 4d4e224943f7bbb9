"""Input validator for 3. Longest Substring Without Repeating Characters; raises ValueError on the
first broken rule."""

MAX_LENGTH = 5 * 10**4
# English letters, digits, symbols and the space: the printable ASCII characters.
ALPHABET = frozenset(chr(code) for code in range(32, 127))


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"s"}:
        raise ValueError(f"expected exactly the argument s, got {sorted(map(str, args))}")
    s = args["s"]
    if not isinstance(s, str):
        raise ValueError(f"s must be a string, got {type(s).__name__}")
    if not 0 <= len(s) <= MAX_LENGTH:
        raise ValueError(f"0 <= s.length <= 5 * 10^4 is broken: s.length = {len(s)}")
    for i, ch in enumerate(s):
        if ch not in ALPHABET:
            raise ValueError(f"s consists of English letters, digits, symbols and spaces: "
                             f"s[{i}] = {ch!r} is not one")
