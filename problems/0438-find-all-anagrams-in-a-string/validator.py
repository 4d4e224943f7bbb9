"""Input validator for 438. Find All Anagrams in a String; raises ValueError on the first broken rule."""

MAX_LENGTH = 3 * 10**4
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"s", "p"}:
        raise ValueError(f"expected the arguments s and p, got {sorted(map(str, args))}")
    for name in ("s", "p"):
        text = args[name]
        if not isinstance(text, str):
            raise ValueError(f"{name} must be a string, got {type(text).__name__}")
        if not 1 <= len(text) <= MAX_LENGTH:
            raise ValueError(f"1 <= {name}.length <= 3 * 10^4 is broken: {name}.length = {len(text)}")
        stray = next((c for c in text if c not in LETTERS), None)
        if stray is not None:
            raise ValueError(f"{name} must hold only lowercase English letters: {stray!r} at "
                             f"index {text.index(stray)}")
