"""Allocates a flat n x n table of every subarray's sum, sums[i * n + j], before searching it: correct, but 10^10 cells when n = 10^5."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)
        sums = [0] * (n * n)
        best = 0
        for i in range(n):
            running = 0
            for j in range(i, n):
                running += nums[j]
                sums[i * n + j] = running
                if running >= target:
                    if best == 0 or j - i + 1 < best:
                        best = j - i + 1
                    break
        return best
