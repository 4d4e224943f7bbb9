"""Compares each element with the one read just before it rather than the last one kept. Safe:
that position is overwritten only while nothing has been dropped yet, and then with itself."""


class Solution:
    def removeDuplicates(self, nums):
        write = 1
        for read in range(1, len(nums)):
            if nums[read] != nums[read - 1]:
                nums[write] = nums[read]
                write += 1
        return write
