"""Counts per value in a Fenwick tree over [-10^5, 10^5]; the k-th smallest by binary lifting."""

OFFSET = 10**5 + 1
SIZE = 2 * 10**5 + 2


class MedianFinder:

    def __init__(self):
        self.tree = [0] * (SIZE + 1)
        self.count = 0
        self.top = 1 << SIZE.bit_length()

    def addNum(self, num: int) -> None:
        i = num + OFFSET
        while i <= SIZE:
            self.tree[i] += 1
            i += i & -i
        self.count += 1

    def _kth(self, k: int) -> int:
        """The k-th smallest number added (k from 1)."""
        pos, step = 0, self.top
        while step:
            nxt = pos + step
            if nxt <= SIZE and self.tree[nxt] < k:
                pos = nxt
                k -= self.tree[nxt]
            step >>= 1
        return pos + 1 - OFFSET

    def findMedian(self) -> float:
        n = self.count
        if n % 2:
            return float(self._kth(n // 2 + 1))
        return (self._kth(n // 2) + self._kth(n // 2 + 1)) / 2
