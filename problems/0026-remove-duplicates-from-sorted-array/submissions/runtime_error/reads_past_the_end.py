"""Compares each element with the next one, including the last, which has none: IndexError."""


class Solution:
    def removeDuplicates(self, nums):
        k = 0
        for i in range(len(nums)):
            if nums[i] != nums[i + 1]:
                nums[k] = nums[i]
                k += 1
        return k
