"""Allocates an n x n table for "is nums[j] a copy of nums[i]?", flat, before filling only the
cells it needs: 9 * 10^8 cells (7 GB) at n = 3 * 10^4, refused at once by the memory limit."""


class Solution:
    def removeDuplicates(self, nums):
        n = len(nums)
        same = [False] * (n * n)
        for i in range(1, n):
            same[i * n + i - 1] = nums[i] == nums[i - 1]
        k = 1
        for i in range(1, n):
            if not same[i * n + i - 1]:
                nums[k] = nums[i]
                k += 1
        return k
