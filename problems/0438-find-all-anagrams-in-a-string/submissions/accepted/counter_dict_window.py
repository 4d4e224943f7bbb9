"""Sliding window of a Counter, dropping a letter's entry when its count reaches zero, so the two dicts compare equal: O(n)."""

from collections import Counter


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        want = Counter(p)
        window = Counter(s[:m])
        res = [0] if window == want else []
        for i in range(m, len(s)):
            window[s[i]] += 1
            gone = s[i - m]
            window[gone] -= 1
            if window[gone] == 0:
                del window[gone]
            if window == want:
                res.append(i - m + 1)
        return res
