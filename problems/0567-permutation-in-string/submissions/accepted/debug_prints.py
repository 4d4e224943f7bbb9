"""Count arrays that print debug lines to stdout; stdout must not affect the verdict."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        print("DEBUG len(s1) =", len(s1), "len(s2) =", len(s2))
        k = len(s1)
        need, window = [0] * 26, [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for i, c in enumerate(s2):
            window[ord(c) - 97] += 1
            if i >= k:
                window[ord(s2[i - k]) - 97] -= 1
            if window == need:
                print("DEBUG match ending at", i)
                return True
        print("DEBUG no match")
        return False
