"""Two pointers written as a plain module-level function max_area instead of a Solution class."""


def max_area(height):
    left = 0
    right = len(height) - 1
    most = 0
    while left < right:
        width = right - left
        if height[left] <= height[right]:
            most = max(most, height[left] * width)
            left += 1
        else:
            most = max(most, height[right] * width)
            right -= 1
    return most
