"""Brute force for 904. Fruit Into Baskets: every start, every end, the types counted with a
set, O(n^2)."""


def solve(fruits):
    n = len(fruits)
    best = 0
    for i in range(n):
        types = set()
        for j in range(i, n):
            types.add(fruits[j])
            if len(types) <= 2:
                best = max(best, j - i + 1)
    return best


def small(args) -> bool:
    # n^2 / 2 set insertions; n <= 1500 is about a million.
    return len(args["fruits"]) <= 1500
