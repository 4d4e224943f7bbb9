"""Count list sized max(fruits) instead of max(fruits) + 1: the largest type indexes past the end, IndexError."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        counts = [0] * max(fruits)
        kinds = left = best = 0
        for right, f in enumerate(fruits):
            if counts[f] == 0:
                kinds += 1
            counts[f] += 1
            while kinds > 2:
                counts[fruits[left]] -= 1
                if counts[fruits[left]] == 0:
                    kinds -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
