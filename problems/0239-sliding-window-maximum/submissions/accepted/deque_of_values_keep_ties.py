"""Monotonic deque of values that keeps ties, so evicting the front by value is safe."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        out = []
        # first window
        for x in nums[:k]:
            while window and window[-1] < x:
                window.pop()
            window.append(x)
        out.append(window[0])
        for i in range(k, len(nums)):
            leaving = nums[i - k]
            if window[0] == leaving:
                window.popleft()
            x = nums[i]
            while window and window[-1] < x:
                window.pop()
            window.append(x)
            out.append(window[0])
        return out
