"""Pops the previous value off a stack of kept values to compare, but the stack starts empty."""


class Solution:
    def removeDuplicates(self, nums):
        kept = []
        for value in nums:
            last = kept.pop()
            kept.append(last)
            if value != last:
                kept.append(value)
        nums[:len(kept)] = kept
        return len(kept)
