"""The window kept as a collections.deque of its values; popleft while the sum still reaches the target; O(n)."""

from collections import deque


class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        window = deque()
        total = 0
        best = 0
        for x in nums:
            window.append(x)
            total += x
            while total - window[0] >= target:
                total -= window.popleft()
            if total >= target and (best == 0 or len(window) < best):
                best = len(window)
        return best
