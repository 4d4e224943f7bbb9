"""Allocates a flat table of the most common count of every substring, top[i * n + j], up front: n^2 cells, 10^10 when n = 10^5."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        n = len(s)
        top = [0] * (n * n)
        answer = 0
        for i in range(n):
            counts = [0] * 26
            for j in range(i, n):
                c = ord(s[j]) - 65
                counts[c] += 1
                top[i * n + j] = max(top[i * n + j - 1] if j > i else 0, counts[c])
                if j - i + 1 - top[i * n + j] > k:
                    break
                answer = max(answer, j - i + 1)
        return answer
