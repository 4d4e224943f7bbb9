"""Correct, but removes each repeat by shifting everything after it one place left with a Python
loop: O(n * repeats), about 4.5 * 10^8 steps when all 3 * 10^4 values are equal."""


class Solution:
    def removeDuplicates(self, nums):
        n = len(nums)
        i = 1
        while i < n:
            if nums[i] == nums[i - 1]:
                for j in range(i, n - 1):
                    nums[j] = nums[j + 1]
                n -= 1
            else:
                i += 1
        return n
