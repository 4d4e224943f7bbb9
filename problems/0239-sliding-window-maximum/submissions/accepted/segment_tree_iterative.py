"""Bottom-up segment tree over nums; each window is a range-maximum query, O(n log n)."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        tree = [-math.inf] * (2 * n)
        tree[n:] = nums
        for p in range(n - 1, 0, -1):
            tree[p] = max(tree[2 * p], tree[2 * p + 1])

        def query(lo, hi):  # max of nums[lo:hi]
            best = -math.inf
            lo += n
            hi += n
            while lo < hi:
                if lo & 1:
                    best = max(best, tree[lo])
                    lo += 1
                if hi & 1:
                    hi -= 1
                    best = max(best, tree[hi])
                lo >>= 1
                hi >>= 1
            return best

        return [query(i, i + k) for i in range(n - k + 1)]
