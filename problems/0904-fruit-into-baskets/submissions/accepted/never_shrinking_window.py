"""Window that slides instead of shrinking (if, not while); its final length is the answer; O(n)."""

from collections import defaultdict


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        basket = defaultdict(int)
        left = 0
        for fruit in fruits:
            basket[fruit] += 1
            if len(basket) > 2:
                out = fruits[left]
                basket[out] -= 1
                if basket[out] == 0:
                    del basket[out]
                left += 1
        return len(fruits) - left
