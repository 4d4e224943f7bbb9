"""Max-heap of every value seen so far with no eviction: it returns prefix maxima, wrong once the maximum leaves."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = []
        res = []
        for i, x in enumerate(nums):
            heapq.heappush(heap, -x)
            if i >= k - 1:
                res.append(-heap[0])
        return res
