"""Reference solution for 904. Fruit Into Baskets: the longest window holding at most two fruit
types, kept with a count per type, O(n)."""

from typing import List


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        # `counts` maps each type in the window fruits[left .. right] to how many it holds. A third
        # type forces trees off the left until one type is gone from the window entirely.
        counts = {}
        left = 0
        best = 0
        for right, fruit in enumerate(fruits):
            counts[fruit] = counts.get(fruit, 0) + 1
            while len(counts) > 2:
                dropped = fruits[left]
                counts[dropped] -= 1
                if counts[dropped] == 0:
                    del counts[dropped]
                left += 1
            best = max(best, right - left + 1)
        return best
