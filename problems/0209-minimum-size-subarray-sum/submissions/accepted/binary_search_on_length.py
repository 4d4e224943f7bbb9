"""Binary search on the answer: a window of length k reaching the target exists for every k from the answer on; O(n log n)."""


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        def some_window_reaches(k):
            total = sum(nums[:k])
            if total >= target:
                return True
            for i in range(k, len(nums)):
                total += nums[i] - nums[i - k]
                if total >= target:
                    return True
            return False

        if sum(nums) < target:
            return 0
        lo, hi = 1, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if some_window_reaches(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
