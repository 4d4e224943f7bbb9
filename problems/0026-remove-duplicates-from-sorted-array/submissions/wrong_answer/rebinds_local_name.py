"""`nums = ...` makes a new list under the local name; the caller's list is left as it was."""


class Solution:
    def removeDuplicates(self, nums):
        nums = sorted(set(nums))
        return len(nums)
