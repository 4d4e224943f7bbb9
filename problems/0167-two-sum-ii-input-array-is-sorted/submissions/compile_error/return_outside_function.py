"""A return statement dedented to the module level by mistake: SyntaxError."""


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(numbers):
            if target - x in seen:
                answer = [seen[target - x] + 1, i + 1]
                break
            seen[x] = i

return answer
