"""Two pointers that returns the two numbers instead of their positions."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        l, r = 0, len(numbers) - 1
        while l < r:
            s = numbers[l] + numbers[r]
            if s == target:
                return [numbers[l], numbers[r]]
            if s < target:
                l += 1
            else:
                r -= 1
        return []
