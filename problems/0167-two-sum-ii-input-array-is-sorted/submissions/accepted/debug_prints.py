"""Two pointers that prints debug lines to stdout; stdout must not affect the verdict."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        print("DEBUG n =", len(numbers), "target =", target)
        l, r = 0, len(numbers) - 1
        while l < r:
            s = numbers[l] + numbers[r]
            if s == target:
                print("DEBUG found", l + 1, r + 1)
                return [l + 1, r + 1]
            if s < target:
                l += 1
            else:
                r -= 1
        return []
