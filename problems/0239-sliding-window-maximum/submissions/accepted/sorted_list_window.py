"""SortedList holding the current window (LeetCode provides it without an import); O(n log k)."""


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = SortedList(nums[:k])
        result = [window[-1]]
        for i in range(k, len(nums)):
            window.remove(nums[i - k])
            window.add(nums[i])
            result.append(window[-1])
        return result
