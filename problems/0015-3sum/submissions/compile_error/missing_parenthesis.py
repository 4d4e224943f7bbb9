"""A call left without its closing parenthesis: a SyntaxError before any case runs."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort(
        res = set()
        for i in range(len(nums)):
            seen = set()
            for b in nums[i + 1:]:
                if -nums[i] - b in seen:
                    res.add(tuple(sorted((nums[i], b, -nums[i] - b))))
                seen.add(b)
        return [list(t) for t in res]
