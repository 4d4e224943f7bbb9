"""Never deletes types whose count fell to 0, so len(counts) stays above 2 and left runs off the end of the row: IndexError."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        counts = {}
        left = best = 0
        for right, f in enumerate(fruits):
            counts[f] = counts.get(f, 0) + 1
            while len(counts) > 2:
                counts[fruits[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
