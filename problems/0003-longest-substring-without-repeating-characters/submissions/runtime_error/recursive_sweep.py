"""The sweep as mutual recursion, three frames per character: RecursionError once s is longer than about 33000."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}

        def visit(i, start, best):
            if i == len(s):
                return best
            return clash(i, start, best)

        def clash(i, start, best):
            return record(i, max(start, last.get(s[i], -1) + 1), best)

        def record(i, start, best):
            last[s[i]] = i
            return visit(i + 1, start, max(best, i - start + 1))

        return visit(0, 0, 0)
