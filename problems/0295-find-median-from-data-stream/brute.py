"""Brute force for 295. Find Median from Data Stream: keep every number in a plain list and sort a
copy for each findMedian, reading the middle directly."""


def solve(operations, arguments):
    numbers, answers = [], []
    for name, args in zip(operations, arguments):
        if name == "addNum":
            numbers.append(args[0])
            answers.append(None)
        elif name == "findMedian":
            ordered = sorted(numbers)
            n = len(ordered)
            middle = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
            answers.append(float(middle))
        else:
            answers.append(None)        # the constructor
    return answers


def small(args) -> bool:
    # One sort of up to n numbers per findMedian: a few thousand calls take well under a second.
    return len(args["operations"]) <= 3000
