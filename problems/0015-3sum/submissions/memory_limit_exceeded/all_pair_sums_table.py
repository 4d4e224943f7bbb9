"""Stores every pair of positions by its sum first (n^2 / 2 = 4.5e6 lists when n = 3000), then looks up -nums[k]."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        pairs = {}
        for i in range(n):
            for j in range(i + 1, n):
                pairs.setdefault(nums[i] + nums[j], []).append([i, j])
        found = set()
        for k, c in enumerate(nums):
            for i, j in pairs.get(-c, ()):
                if j < k:
                    found.add(tuple(sorted((nums[i], nums[j], c))))
        return [list(t) for t in found]
