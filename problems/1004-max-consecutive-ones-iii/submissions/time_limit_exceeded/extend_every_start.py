"""Correct brute force: from every start, extend until the (k+1)-th zero. O(n^2) when windows are long."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        n = len(nums)
        best = 0
        for start in range(n):
            zeros = 0
            end = start
            while end < n:
                if nums[end] == 0:
                    zeros += 1
                    if zeros > k:
                        break
                end += 1
            best = max(best, end - start)
        return best
