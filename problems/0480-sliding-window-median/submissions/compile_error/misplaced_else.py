"""An `else` with no `if` before it: a SyntaxError before any case runs."""


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        res = []
        for i in range(len(nums) - k + 1):
            w = sorted(nums[i:i + k])
            res.append(float(w[k // 2]))
        else if k % 2 == 0:
            pass
        return res
