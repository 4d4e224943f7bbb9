"""Python 2 code: the print statement without parentheses is a syntax error in Python 3."""


class Solution:
    def maxSlidingWindow(self, nums, k):
        res = []
        for i in xrange(len(nums) - k + 1):
            res.append(max(nums[i:i + k]))
        print "windows:", len(res)
        return res
