def max_area(height):
    # A plain function works as well as `class Solution`.
    i, j, best = 0, len(height) - 1, 0
    while i < j:
        if height[i] < height[j]:
            best = max(best, height[i] * (j - i))
            i += 1
        else:
            best = max(best, height[j] * (j - i))
            j -= 1
    return best
