"""Two pointers as mutual recursion, two frames per step: about 2n deep, so RecursionError when n = 10^5."""


class Solution:
    def maxArea(self, height: List[int]) -> int:
        def scan(l, r, best):
            if l >= r:
                return best
            return step(l, r, max(best, min(height[l], height[r]) * (r - l)))

        def step(l, r, best):
            if height[l] < height[r]:
                return scan(l + 1, r, best)
            return scan(l, r - 1, best)

        return scan(0, len(height) - 1, 0)
