"""Monotonic deque that writes each window's maximum over nums itself and returns the same list."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        n = len(nums)
        for i in range(n):
            while dq and nums[dq[-1]] <= nums[i]:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                # Slot i-k+1 is either the deque's front (and gets its own value back)
                # or no longer in the deque, so nothing reads its old value later.
                nums[i - k + 1] = nums[dq[0]]
        del nums[n - k + 1:]
        return nums
