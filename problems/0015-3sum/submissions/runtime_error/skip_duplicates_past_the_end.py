"""After a match, skips repeats with `while nums[r] == nums[r - 1]` and `while nums[l] == nums[l + 1]` without bounds: IndexError when a run reaches the end."""


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        n = len(nums)
        res = []
        for i in range(n - 2):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            l, r = i + 1, n - 1
            while l < r:
                s = nums[i] + nums[l] + nums[r]
                if s < 0:
                    l += 1
                elif s > 0:
                    r -= 1
                else:
                    res.append([nums[i], nums[l], nums[r]])
                    while nums[l] == nums[l + 1]:
                        l += 1
                    l += 1
                    r -= 1
        return res
