"""Python 2 style print statement (print "...") left in for debugging: SyntaxError under Python 3."""


class Solution:
    def minWindow(self, s, t):
        need = {}
        for c in t:
            need[c] = need.get(c, 0) + 1
        missing = len(t)
        best = ""
        left = 0
        for right in xrange(len(s)):
            c = s[right]
            if need.get(c, 0) > 0:
                missing -= 1
            need[c] = need.get(c, 0) - 1
            while missing == 0:
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                print "window", left, right
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return best
