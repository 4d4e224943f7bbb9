"""Input validator for 1004. Max Consecutive Ones III: raise ValueError naming the broken constraint."""

MAX_N = 10**5


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid element or k.
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
    if not 1 <= len(nums) <= MAX_N:
        raise ValueError(f"1 <= nums.length <= 10^5 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if not _is_int(value) or value not in (0, 1):
            raise ValueError(f"nums[i] is either 0 or 1 is broken: nums[{i}] = {value!r}")
    if not _is_int(k):
        raise ValueError(f"k must be an int: k = {k!r} ({type(k).__name__})")
    if not 0 <= k <= len(nums):
        raise ValueError(f"0 <= k <= nums.length is broken: k = {k}, nums.length = {len(nums)}")
