"""Compares nums[i] with nums[i - 1] from i = 0, where nums[-1] is the LAST element: when the
first and last values are equal (all equal), the first one is never kept."""


class Solution:
    def removeDuplicates(self, nums):
        k = 0
        for i in range(len(nums)):
            if nums[i] != nums[i - 1]:
                nums[k] = nums[i]
                k += 1
        return k
