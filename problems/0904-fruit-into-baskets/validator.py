"""Input validator for 904. Fruit Into Baskets; raises ValueError on the first broken rule."""

MAX_LENGTH = 10**5


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a fruit type.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"fruits"}:
        raise ValueError(f"expected exactly the argument fruits, got {sorted(map(str, args))}")
    fruits = args["fruits"]
    if not isinstance(fruits, list):
        raise ValueError(f"fruits must be a list of int, got {type(fruits).__name__}")
    n = len(fruits)
    if not 1 <= n <= MAX_LENGTH:
        raise ValueError(f"1 <= fruits.length <= 10^5 is broken: fruits.length = {n}")
    for i, value in enumerate(fruits):
        if not _is_int(value):
            raise ValueError(f"fruits[i] must be an int: fruits[{i}] = {value!r} "
                             f"({type(value).__name__})")
        if not 0 <= value < n:
            raise ValueError(f"0 <= fruits[i] < fruits.length is broken: fruits[{i}] = {value}, "
                             f"fruits.length = {n}")
