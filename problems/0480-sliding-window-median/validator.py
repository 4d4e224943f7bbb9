"""Input validator for 480. Sliding Window Median; raises ValueError on the first broken rule."""

MAX_LENGTH = 10**5
LOW, HIGH = -2**31, 2**31 - 1


def validate(args: dict) -> None:
    if not isinstance(args, dict):
        raise ValueError(f"arguments must be an object, got {type(args).__name__}")
    if set(args) != {"nums", "k"}:
        raise ValueError(f"expected the arguments nums and k, got {sorted(map(str, args))}")
    nums, k = args["nums"], args["k"]
    if not isinstance(nums, list):
        raise ValueError(f"nums must be a list of int, got {type(nums).__name__}")
    if not 1 <= len(nums) <= MAX_LENGTH:
        raise ValueError(f"1 <= nums.length <= 10^5 is broken: nums.length = {len(nums)}")
    for i, value in enumerate(nums):
        if type(value) is not int:
            raise ValueError(f"nums[i] must be an int: nums[{i}] = {value!r}")
        if not LOW <= value <= HIGH:
            raise ValueError(f"-2^31 <= nums[i] <= 2^31 - 1 is broken: nums[{i}] = {value}")
    if type(k) is not int:
        raise ValueError(f"k must be an int: k = {k!r}")
    if not 1 <= k <= len(nums):
        raise ValueError(f"1 <= k <= nums.length is broken: k = {k}, nums.length = {len(nums)}")
