"""The colon after the for header is missing: a SyntaxError before any case runs."""


class Solution:
    def removeDuplicates(self, nums):
        write = 1
        for read in range(1, len(nums))
            if nums[read] != nums[write - 1]:
                nums[write] = nums[read]
                write += 1
        return write
