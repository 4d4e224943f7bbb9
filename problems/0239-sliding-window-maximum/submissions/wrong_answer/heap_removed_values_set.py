"""Heap with lazy deletion kept in a set of values: a value that leaves twice is recorded once, so a stale copy survives."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = [-x for x in nums[:k]]
        heapq.heapify(heap)
        removed = set()
        res = [-heap[0]]
        for i in range(k, len(nums)):
            removed.add(nums[i - k])
            heapq.heappush(heap, -nums[i])
            while -heap[0] in removed:
                removed.discard(-heapq.heappop(heap))
            res.append(-heap[0])
        return res
