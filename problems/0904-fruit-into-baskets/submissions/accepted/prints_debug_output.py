"""Window that remembers the last index of each of its types, printing debug lines; output must not change the verdict."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        print("DEBUG n =", len(fruits), "head =", fruits[:10])
        last = {}                  # type -> its last index in the window
        left = best = 0
        for right, f in enumerate(fruits):
            last[f] = right
            if len(last) > 2:
                gone = min(last, key=last.get)    # the type whose last tree is furthest back
                left = last.pop(gone) + 1
            best = max(best, right - left + 1)
        print("DEBUG best =", best)
        return best
