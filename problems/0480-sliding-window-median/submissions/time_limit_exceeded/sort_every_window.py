"""Correct: sorts every window from scratch, O(n k log k): 5e4 sorts of 5e4 numbers at the limits."""


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        res = []
        for i in range(len(nums) - k + 1):
            w = sorted(nums[i:i + k])
            res.append(float(w[k // 2]) if k % 2 else (w[k // 2 - 1] + w[k // 2]) / 2)
        return res
