"""Input validator for 295. Find Median from Data Stream; raises ValueError on the first broken
rule. A case is LeetCode's call sequence: operations and their arguments."""

MAX_CALLS = 5 * 10**4
MAX_ABS_VALUE = 10**5


def validate(args: dict) -> None:
    if not isinstance(args, dict) or set(args) != {"operations", "arguments"}:
        got = sorted(args) if isinstance(args, dict) else type(args).__name__
        raise ValueError(f"expected operations and arguments, got {got}")
    operations, arguments = args["operations"], args["arguments"]
    if not isinstance(operations, list) or not isinstance(arguments, list):
        raise ValueError("operations and arguments must be lists")
    if len(operations) != len(arguments):
        raise ValueError(f"{len(operations)} operations but {len(arguments)} argument lists")
    if not operations or operations[0] != "MedianFinder" or arguments[0] != []:
        raise ValueError('the first call must be the constructor: "MedianFinder" with []')
    if len(operations) - 1 > MAX_CALLS:
        raise ValueError(f"at most 5 * 10^4 calls to addNum and findMedian: "
                         f"{len(operations) - 1} given")
    added = 0
    for i in range(1, len(operations)):
        name, given = operations[i], arguments[i]
        if name == "addNum":
            if not isinstance(given, list) or len(given) != 1:
                raise ValueError(f"call {i + 1}: addNum takes one argument, given {given!r}")
            num = given[0]
            if not isinstance(num, int) or isinstance(num, bool):
                raise ValueError(f"call {i + 1}: addNum({num!r}): num must be an int")
            if not -MAX_ABS_VALUE <= num <= MAX_ABS_VALUE:
                raise ValueError(f"-10^5 <= num <= 10^5 is broken: call {i + 1}: addNum({num})")
            added += 1
        elif name == "findMedian":
            if given != []:
                raise ValueError(f"call {i + 1}: findMedian takes no argument, given {given!r}")
            if not added:
                raise ValueError(f"call {i + 1}: findMedian before any addNum")
        else:
            raise ValueError(f"call {i + 1}: {name!r} is not a method of MedianFinder")
