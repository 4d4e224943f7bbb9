"""Reference solution for 15. 3Sum: the distinct values, sorted, and set look-ups, O(u^2) for
u distinct values, with the inner loop as one comprehension so that it runs at C speed."""

from bisect import bisect_left
from collections import Counter
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        count = Counter(nums)
        values = sorted(count)
        triplets: List[List[int]] = []
        if count[0] >= 3:
            triplets.append([0, 0, 0])
        # Every other triplet a <= b <= c has its smallest value a below zero.
        for i, a in enumerate(values[:bisect_left(values, 0)]):
            # Two equal values: [a, a, -2a], or [a, b, b] with b = -a / 2.
            if count[a] >= 2 and count[-2 * a] > 0:
                triplets.append([a, a, -2 * a])
            if a % 2 == 0 and count[-a // 2] >= 2:
                triplets.append([a, -a // 2, -a // 2])
            # Three different values a < b < c: c = -a - b > b, that is 2b < -a.
            stop = bisect_left(values, (-a + 1) // 2)
            triplets += [[a, b, -a - b] for b in values[i + 1:stop] if -a - b in count]
        return triplets
