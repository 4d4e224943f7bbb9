"""Input validator for 26. Remove Duplicates from Sorted Array; raises ValueError on the first
broken rule."""

MAX_LENGTH = 3 * 10**4
MAX_ABS_VALUE = 100


def validate(args: dict) -> None:
    if not isinstance(args, dict) or set(args) != {"nums"}:
        got = sorted(args) if isinstance(args, dict) else type(args).__name__
        raise ValueError(f"expected the one argument nums, got {got}")
    nums = args["nums"]
    if not isinstance(nums, list):
        raise ValueError(f"nums must be a list of int, got {type(nums).__name__}")
    if not 1 <= len(nums) <= MAX_LENGTH:
        raise ValueError(f"1 <= nums.length <= 3 * 10^4 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"nums[{i}] = {value!r} is not an int")
        if not -MAX_ABS_VALUE <= value <= MAX_ABS_VALUE:
            raise ValueError(f"-100 <= nums[i] <= 100 is broken: nums[{i}] = {value}")
        if i and value < nums[i - 1]:
            raise ValueError(f"nums must be sorted in non-decreasing order: nums[{i - 1}] = "
                             f"{nums[i - 1]} > nums[{i}] = {value}")
