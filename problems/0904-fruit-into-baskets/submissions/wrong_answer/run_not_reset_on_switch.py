"""Last-run bookkeeping that keeps counting the run when the older type comes back: a third type then starts too long a window."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        a = b = -1
        window = run = best = 0
        for f in fruits:
            if f == a or f == b:
                window += 1
                run += 1          # bug: a switch from b to a should restart the run at 1
                if f == a:
                    a, b = b, a
            else:
                window = run + 1
                a, b = b, f
                run = 1
            best = max(best, window)
        return best
