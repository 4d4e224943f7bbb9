"""Two pointers that jump over a whole run of equal values when a pointer's value is useless."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            s = numbers[lo] + numbers[hi]
            if s == target:
                return [lo + 1, hi + 1]
            if s < target:
                v = numbers[lo]
                while lo < hi and numbers[lo] == v:
                    lo += 1
            else:
                v = numbers[hi]
                while lo < hi and numbers[hi] == v:
                    hi -= 1
        return [-1, -1]
