"""Reference solution for 239. Sliding Window Maximum: a monotonic deque of indices, O(n)."""

from collections import deque
from typing import List


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # `candidates` holds indices whose values strictly decrease from front to back.
        # An index is dropped from the back as soon as a value at least as large arrives
        # after it: that later value outlives it in every future window, so it can never
        # be a maximum again. The front is therefore always the current window's maximum.
        candidates: deque = deque()
        result: List[int] = []
        for right, value in enumerate(nums):
            while candidates and nums[candidates[-1]] <= value:
                candidates.pop()
            candidates.append(right)
            # The window is nums[right - k + 1 .. right]; the front may have slid out of it.
            # Only one index leaves per step, so checking the front once is enough.
            if candidates[0] <= right - k:
                candidates.popleft()
            if right >= k - 1:
                result.append(nums[candidates[0]])
        return result
