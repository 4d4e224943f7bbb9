"""A module-level function instead of a class: itertools.groupby yields one key per run."""

from itertools import groupby


def remove_duplicates(nums):
    keys = [key for key, _ in groupby(nums)]
    nums[:len(keys)] = keys
    return len(keys)
