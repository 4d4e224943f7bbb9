"""Two pointers that forgets the positions count from 1 and returns 0-based indices."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        l, r = 0, len(numbers) - 1
        while l < r:
            s = numbers[l] + numbers[r]
            if s == target:
                return [l, r]
            if s < target:
                l += 1
            else:
                r -= 1
        return []
