"""The window sweep as recursion, one call per tree: RecursionError when fruits.length = 10^5."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        def sweep(right, left, counts, best):
            if right == len(fruits):
                return best
            f = fruits[right]
            counts[f] = counts.get(f, 0) + 1
            while len(counts) > 2:
                counts[fruits[left]] -= 1
                if counts[fruits[left]] == 0:
                    del counts[fruits[left]]
                left += 1
            return sweep(right + 1, left, counts, max(best, right - left + 1))

        return sweep(0, 0, {}, 0)
