"""Heap that reads heap[0] while evicting without checking emptiness: IndexError when k == 1 and n > 1."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = []
        res = []
        for i, x in enumerate(nums):
            if i >= k:
                while heap[0][1] <= i - k:
                    heapq.heappop(heap)
            heapq.heappush(heap, (-x, i))
            if i >= k - 1:
                res.append(-heap[0][0])
        return res
