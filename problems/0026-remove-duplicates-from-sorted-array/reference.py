"""Reference solution for LeetCode 26, Remove Duplicates from Sorted Array: a write pointer that
trails a read pointer, O(n) time and O(1) extra memory."""

from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        write = 1
        for read in range(1, len(nums)):
            # Sorted: a value is new exactly when it differs from the last one kept.
            if nums[read] != nums[write - 1]:
                nums[write] = nums[read]
                write += 1
        return write
