"""Input validator for 209. Minimum Size Subarray Sum; raises ValueError on the first broken rule."""

MAX_TARGET = 10**9
MAX_LENGTH = 10**5
MAX_VALUE = 10**4


def _is_int(value) -> bool:
    # bool is a subclass of int, but True is not a valid number here.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"target", "nums"}:
        raise ValueError(f"expected exactly the arguments target and nums, got "
                         f"{sorted(map(str, args))}")
    target, nums = args["target"], args["nums"]
    if not _is_int(target):
        raise ValueError(f"target must be an int: target = {target!r} ({type(target).__name__})")
    if not 1 <= target <= MAX_TARGET:
        raise ValueError(f"1 <= target <= 10^9 is broken: target = {target}")
    if not isinstance(nums, list):
        raise ValueError(f"nums must be a list of int, got {type(nums).__name__}")
    if not 1 <= len(nums) <= MAX_LENGTH:
        raise ValueError(f"1 <= nums.length <= 10^5 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if not _is_int(value):
            raise ValueError(f"nums[i] must be an int: nums[{i}] = {value!r} "
                             f"({type(value).__name__})")
        if not 1 <= value <= MAX_VALUE:
            raise ValueError(f"1 <= nums[i] <= 10^4 is broken: nums[{i}] = {value}")
