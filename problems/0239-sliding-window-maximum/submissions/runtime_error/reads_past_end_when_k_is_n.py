"""Do-while style loop reads nums[k] before checking that a next window exists: IndexError when k == len(nums)."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        for i in range(k):
            while dq and nums[dq[-1]] <= nums[i]:
                dq.pop()
            dq.append(i)
        res = [nums[dq[0]]]
        i = k
        while True:
            x = nums[i]
            if dq[0] == i - k:
                dq.popleft()
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            res.append(nums[dq[0]])
            i += 1
            if i == len(nums):
                break
        return res
