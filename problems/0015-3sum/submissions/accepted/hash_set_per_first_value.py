"""For each first value, a two-sum with a set of seen values; triplets sorted, then deduplicated in a set of tuples: O(n^2)."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        found = set()
        done = set()
        for i, a in enumerate(nums):
            if a in done:
                continue
            done.add(a)
            seen = set()
            for b in nums[i + 1:]:
                c = -a - b
                if c in seen:
                    found.add(tuple(sorted((a, b, c))))
                seen.add(b)
        return [list(t) for t in found]
