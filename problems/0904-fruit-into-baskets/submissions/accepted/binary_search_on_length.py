"""Binary search on the answer: if some window of length L holds at most two types, so does every shorter one; each length is tested by a fixed-size window of counts, O(n log n)."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        def some_window_fits(length):
            counts = {}
            for i, f in enumerate(fruits):
                counts[f] = counts.get(f, 0) + 1
                if i >= length:
                    gone = fruits[i - length]
                    counts[gone] -= 1
                    if not counts[gone]:
                        del counts[gone]
                if i >= length - 1 and len(counts) <= 2:
                    return True
            return False

        lo, hi = 1, len(fruits)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if some_window_fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
