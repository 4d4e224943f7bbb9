"""Compresses the row into runs of one type, then slides a window over the runs; O(n)."""


class Solution:
    def totalFruit(self, fruits: List[int]) -> int:
        runs = []                      # [type, length]
        for f in fruits:
            if runs and runs[-1][0] == f:
                runs[-1][1] += 1
            else:
                runs.append([f, 1])
        best = 0
        start = 0                      # first run of the window
        total = 0
        for i, (kind, length) in enumerate(runs):
            if i - start >= 2 and kind != runs[i - 2][0]:
                # a third type: keep only the previous run
                start = i - 1
                total = runs[i - 1][1]
            total += length
            best = max(best, total)
        return best
