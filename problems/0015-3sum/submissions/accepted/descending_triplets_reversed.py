"""Two pointers from the largest first value down, each triplet written largest first: another order of triplets and inside them."""


def three_sum(nums):
    nums = sorted(nums, reverse=True)
    n = len(nums)
    out = []
    for i in range(n - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total > 0:
                lo += 1
            elif total < 0:
                hi -= 1
            else:
                out.append([nums[i], nums[lo], nums[hi]])
                value = nums[lo]
                while lo < hi and nums[lo] == value:
                    lo += 1
    return out
