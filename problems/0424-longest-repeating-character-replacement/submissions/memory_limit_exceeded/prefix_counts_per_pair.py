"""Tables the most common count of every substring, best[i][j], before looking for the answer: n^2 cells, 10^10 when n = 10^5."""


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        n = len(s)
        best = [[0] * n for _ in range(n)]
        answer = 0
        for i in range(n):
            counts = [0] * 26
            for j in range(i, n):
                c = ord(s[j]) - 65
                counts[c] += 1
                best[i][j] = max(best[i][j - 1] if j > i else 0, counts[c])
                if j - i + 1 - best[i][j] > k:
                    break
                answer = max(answer, j - i + 1)
        return answer
