"""Input validator for 15. 3Sum; raises ValueError on the first broken rule."""

MAX_LENGTH = 3000
MAX_ABS_VALUE = 10**5


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"nums"}:
        raise ValueError(f"expected the argument nums, got {sorted(map(str, args))}")
    nums = args["nums"]
    if not isinstance(nums, list):
        raise ValueError(f"nums must be a list of int, got {type(nums).__name__}")
    if not 3 <= len(nums) <= MAX_LENGTH:
        raise ValueError(f"3 <= nums.length <= 3000 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if type(value) is not int:
            raise ValueError(f"nums[i] must be an int: nums[{i}] = {value!r}")
        if not -MAX_ABS_VALUE <= value <= MAX_ABS_VALUE:
            raise ValueError(f"-10^5 <= nums[i] <= 10^5 is broken: nums[{i}] = {value}")
