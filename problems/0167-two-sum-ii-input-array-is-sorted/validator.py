"""Input validator for 167. Two Sum II - Input Array Is Sorted.

validate() checks the constraints; promise() checks what the statement promises, that exactly one
pair of positions adds up to the target (so the answer is unique).
"""

from collections import Counter

MAX_N = 3 * 10**4
MAX_ABS = 1000


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid entry or target.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    expected = {"numbers", "target"}
    missing = sorted(expected - set(args))
    extra = sorted(set(args) - expected, key=str)
    if missing:
        raise ValueError(f"missing argument(s): {', '.join(missing)}")
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(map(str, extra))}")
    numbers, target = args["numbers"], args["target"]
    if not isinstance(numbers, list):
        raise ValueError(f"numbers must be a list of int, got {type(numbers).__name__}")
    if not 2 <= len(numbers) <= MAX_N:
        raise ValueError(f"2 <= numbers.length <= 3 * 10^4 is broken: numbers.length = {len(numbers)}")
    for i, value in enumerate(numbers):
        if not _is_int(value):
            raise ValueError(f"numbers[i] must be an int: numbers[{i}] = {value!r} "
                             f"({type(value).__name__})")
        if not -MAX_ABS <= value <= MAX_ABS:
            raise ValueError(f"-1000 <= numbers[i] <= 1000 is broken: numbers[{i}] = {value}")
        if i and numbers[i - 1] > value:
            raise ValueError(f"numbers is sorted in non-decreasing order is broken: "
                             f"numbers[{i - 1}] = {numbers[i - 1]} > numbers[{i}] = {value}")
    if not _is_int(target):
        raise ValueError(f"target must be an int: target = {target!r} ({type(target).__name__})")
    if not -MAX_ABS <= target <= MAX_ABS:
        raise ValueError(f"-1000 <= target <= 1000 is broken: target = {target}")


def pairs(numbers, target) -> int:
    """How many pairs of positions i < j have numbers[i] + numbers[j] == target."""
    count = Counter(numbers)
    total = 0
    for value, times in count.items():
        other = target - value
        if other == value:
            total += times * (times - 1) // 2
        elif value < other:
            total += times * count.get(other, 0)
    return total


def promise(args: dict) -> None:
    found = pairs(args["numbers"], args["target"])
    if found != 1:
        raise ValueError(f"exactly one solution is broken: {found} pairs of positions add up to "
                         f"target = {args['target']}")
