"""dict.fromkeys keeps first occurrences in order; prints a debug line, which the judge ignores."""


class Solution:
    def removeDuplicates(self, nums):
        distinct = list(dict.fromkeys(nums))
        print("distinct values:", len(distinct))
        for i, value in enumerate(distinct):
            nums[i] = value
        return len(distinct)
