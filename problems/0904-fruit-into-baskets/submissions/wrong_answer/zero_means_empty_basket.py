"""Uses 0 to mean "empty basket", but 0 is a fruit type: a row starting with type 0 is counted as if both baskets were free."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        first = second = 0            # 0: nothing in the basket yet
        window = run = best = 0
        for f in fruits:
            if f == second:
                window += 1
                run += 1
            elif f == first or first == 0:
                window += 1
                first, second = second, f
                run = 1
            else:
                window = run + 1
                first, second = second, f
                run = 1
            best = max(best, window)
        return best
