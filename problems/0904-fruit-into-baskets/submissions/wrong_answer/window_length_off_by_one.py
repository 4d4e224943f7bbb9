"""Counting window that records right - left, one tree short, as its length."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        counts = {}
        left = best = 0
        for right, f in enumerate(fruits):
            counts[f] = counts.get(f, 0) + 1
            while len(counts) > 2:
                counts[fruits[left]] -= 1
                if counts[fruits[left]] == 0:
                    del counts[fruits[left]]
                left += 1
            best = max(best, right - left)
        return best + (len(fruits) == 1)
