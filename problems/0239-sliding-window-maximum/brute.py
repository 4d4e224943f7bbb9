"""Brute force for 239. Sliding Window Maximum: scan every window in full, O(n * k)."""


def solve(nums, k):
    answer = []
    for start in range(len(nums) - k + 1):
        best = nums[start]
        for index in range(start + 1, start + k):
            if nums[index] > best:
                best = nums[index]
        answer.append(best)
    return answer


def small(args) -> bool:
    # (n - k + 1) * k element visits; a few million take well under a second.
    n, k = len(args["nums"]), args["k"]
    return (n - k + 1) * k <= 2_000_000
