"""Correct: keeps the window sorted, but finds each insertion point by walking the list in Python, O(n k) interpreted steps."""


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = sorted(nums[:k])
        res = []
        for i in range(k, len(nums) + 1):
            res.append(float(window[k // 2]) if k % 2 else (window[k // 2 - 1] + window[k // 2]) / 2)
            if i == len(nums):
                break
            window.remove(nums[i - k])
            j = 0
            while j < len(window) and window[j] < nums[i]:
                j += 1
            window.insert(j, nums[i])
        return res
