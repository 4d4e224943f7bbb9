"""Hashing per first value, but deduplicates triplets as found, unsorted: (-1, 0, 1) and (0, 1, -1) both stay."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        found = set()
        for i, a in enumerate(nums):
            seen = set()
            for b in nums[i + 1:]:
                if -a - b in seen:
                    found.add((a, -a - b, b))
                seen.add(b)
        return [list(t) for t in found]
