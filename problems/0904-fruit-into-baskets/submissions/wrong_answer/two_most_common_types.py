"""Adds up the counts of the two most common types: right on the examples, but those trees need not be next to each other."""

from collections import Counter


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        return sum(count for _, count in Counter(fruits).most_common(2))
