"""The scan stops one element early, so a value that appears only at the very end is lost."""


class Solution:
    def removeDuplicates(self, nums):
        write = 1
        for read in range(1, len(nums) - 1):
            if nums[read] != nums[write - 1]:
                nums[write] = nums[read]
                write += 1
        return write
