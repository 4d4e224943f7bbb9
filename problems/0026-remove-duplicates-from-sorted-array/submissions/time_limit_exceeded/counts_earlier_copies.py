"""Correct, but decides whether nums[i] is new by scanning every earlier element: O(n^2)
comparisons, about 4.5 * 10^8 when all 3 * 10^4 values are equal."""


class Solution:
    def removeDuplicates(self, nums):
        kept = []
        for i in range(len(nums)):
            seen = False
            for j in range(i):
                if nums[j] == nums[i]:
                    seen = True
                    break
            if not seen:
                kept.append(nums[i])
        nums[:len(kept)] = kept
        return len(kept)
