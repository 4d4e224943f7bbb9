"""Distinct values with their counts; for each pair a <= b the third value c >= b is looked up, with enough copies of repeats: O(u^2)."""

from collections import Counter


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        count = Counter(nums)
        keys = sorted(count)
        result = []
        for i, a in enumerate(keys):
            if a > 0:
                break
            for b in keys[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in count:
                    continue
                if a == b == c:
                    ok = count[a] >= 3
                elif a == b or b == c:
                    ok = count[b] >= 2
                else:
                    ok = True
                if ok:
                    result.append((a, b, c))
        return result
