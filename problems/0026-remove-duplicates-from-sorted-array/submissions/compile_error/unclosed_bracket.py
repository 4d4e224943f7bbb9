"""A bracket opened and never closed: a SyntaxError before any case runs."""


class Solution:
    def removeDuplicates(self, nums):
        keys = list(dict.fromkeys(nums)
        nums[:len(keys)] = keys
        return len(keys)
