"""No dictionary: tracks the two basket types, the current window's length and the length of its last run; O(n), O(1) space."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        older = newer = -1        # the two types in the baskets; newer is the latest tree's
        window = run = best = 0   # run: trees in a row of type newer at the window's end
        for f in fruits:
            if f == newer:
                window += 1
                run += 1
            elif f == older:
                window += 1
                older, newer = newer, f
                run = 1
            else:
                window = run + 1
                older, newer = newer, f
                run = 1
            best = max(best, window)
        return best
