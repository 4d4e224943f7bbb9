"""Input validator for LeetCode 11, Container With Most Water.

Raises ValueError with a one-line message naming the broken constraint and the offending value.
"""

MIN_N = 2
MAX_N = 10**5
MAX_HEIGHT = 10**4


def _is_int(value: object) -> bool:
    # bool is a subclass of int in Python, but True is not a valid height.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be a dict: got {type(args).__name__}")
    names = set(args)
    if "height" not in names:
        given = ", ".join(sorted(map(str, names))) or "nothing"
        raise ValueError(f"missing argument: height (got {given})")
    extra = sorted(names - {"height"})
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(map(str, extra))}")

    height = args["height"]
    if not isinstance(height, list):
        raise ValueError(f"height must be a list of int: got {type(height).__name__}")
    n = len(height)
    if not MIN_N <= n <= MAX_N:
        raise ValueError(f"2 <= n <= 10^5 is broken: n = {n}")
    for i, h in enumerate(height):
        if not _is_int(h):
            raise ValueError(f"height[i] must be an int: height[{i}] = {h!r} ({type(h).__name__})")
        if not 0 <= h <= MAX_HEIGHT:
            raise ValueError(f"0 <= height[i] <= 10^4 is broken: height[{i}] = {h}")
