"""Skips the rising start before the two-pointer loop but compares with the next bar without a
bound check: IndexError when the whole map never falls."""


class Solution:
    def trap(self, height: List[int]) -> int:
        i = 0
        while height[i] <= height[i + 1]:
            i += 1
        l, r = i, len(height) - 1
        lmax = rmax = water = 0
        while l < r:
            if height[l] < height[r]:
                lmax = max(lmax, height[l])
                water += lmax - height[l]
                l += 1
            else:
                rmax = max(rmax, height[r])
                water += rmax - height[r]
                r -= 1
        return water
