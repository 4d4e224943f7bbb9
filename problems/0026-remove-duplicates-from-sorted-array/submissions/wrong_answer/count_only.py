"""Counts the distinct values but never changes nums: k is right, nums[:k] is not."""


class Solution:
    def removeDuplicates(self, nums):
        return len(set(nums))
