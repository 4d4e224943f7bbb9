"""Correct monotonic deque that also prints debug lines to stdout and stderr on every call."""
import sys


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        print("DEBUG n =", len(nums), "k =", k)
        dq = deque()
        res = []
        for i, v in enumerate(nums):
            while dq and nums[dq[-1]] <= v:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                res.append(nums[dq[0]])
        print("DEBUG first answers:", res[:5])
        print("windows:", len(res), file=sys.stderr)
        return res
