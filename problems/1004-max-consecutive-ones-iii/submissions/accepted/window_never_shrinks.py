"""A window that only grows or slides: when it breaks the rule it moves one step, so its final
length is the answer."""


class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        left = 0
        for x in nums:
            k -= 1 - x
            if k < 0:
                k += 1 - nums[left]
                left += 1
        return len(nums) - left
