"""Input validator for 239. Sliding Window Maximum; raises ValueError on the first broken rule."""

MAX_LENGTH = 10**5
MAX_ABS_VALUE = 10**4


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid array element or window size.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    expected = {"nums", "k"}
    missing = sorted(expected - set(args))
    extra = sorted(set(args) - expected, key=str)
    if missing:
        raise ValueError(f"missing argument(s): {', '.join(missing)}")
    if extra:
        raise ValueError(f"unexpected argument(s): {', '.join(map(str, extra))}")

    nums, k = args["nums"], args["k"]
    if not isinstance(nums, list):
        raise ValueError(f"nums must be a list of int, got {type(nums).__name__}")
    if not 1 <= len(nums) <= MAX_LENGTH:
        raise ValueError(f"1 <= nums.length <= 10^5 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if not _is_int(value):
            raise ValueError(
                f"nums[i] must be an int: nums[{i}] = {value!r} ({type(value).__name__})"
            )
        if not -MAX_ABS_VALUE <= value <= MAX_ABS_VALUE:
            raise ValueError(f"-10^4 <= nums[i] <= 10^4 is broken: nums[{i}] = {value}")
    if not _is_int(k):
        raise ValueError(f"k must be an int: k = {k!r} ({type(k).__name__})")
    if not 1 <= k <= len(nums):
        raise ValueError(f"1 <= k <= nums.length is broken: k = {k}, nums.length = {len(nums)}")
