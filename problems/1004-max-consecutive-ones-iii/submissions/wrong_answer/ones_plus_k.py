"""Counts the ones and adds k, as if all the ones could be joined: right only when the zeros
are few or bunched together."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        return min(len(nums), nums.count(1) + k)
