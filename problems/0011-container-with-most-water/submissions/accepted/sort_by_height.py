"""Visit lines from tallest to shortest, tracking the min and max index seen so far: O(n log n)."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda k: height[k], reverse=True)
        first = last = order[0]
        ans = 0
        for k in order[1:]:
            # every index already seen is at least as tall as k, so k sets the level
            ans = max(ans, height[k] * max(k - first, last - k))
            if k < first:
                first = k
            if k > last:
                last = k
        return ans
