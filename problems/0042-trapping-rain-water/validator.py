"""Input validator for 42. Trapping Rain Water: raise ValueError naming the broken constraint."""

MIN_N = 1
MAX_N = 2 * 10**4
MAX_HEIGHT = 10**5


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid height.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if "height" not in args:
        raise ValueError(f"missing argument: height (got {', '.join(map(str, args)) or 'nothing'})")
    extra = sorted(set(args) - {"height"}, key=str)
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(map(str, extra))}")
    height = args["height"]
    if not isinstance(height, list):
        raise ValueError(f"height must be a list of int, got {type(height).__name__}")
    if not MIN_N <= len(height) <= MAX_N:
        raise ValueError(f"1 <= n <= 2 * 10^4 is broken: n = {len(height)}")
    for i, h in enumerate(height):
        if not _is_int(h):
            raise ValueError(f"height[i] must be an int: height[{i}] = {h!r} ({type(h).__name__})")
        if not 0 <= h <= MAX_HEIGHT:
            raise ValueError(f"0 <= height[i] <= 10^5 is broken: height[{i}] = {h}")
