"""Turns s and t into lists and destroys them while it works (pops t, consumes a deque of s), still O(m + n)."""


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        text = s
        s = deque(s)            # rebinds the argument; eaten from the left below
        t = list(t)
        need = defaultdict(int)
        while t:                # empties the list built from t
            need[t.pop()] += 1
        missing = sum(need.values())
        window = deque()        # (index, letter) of the letters currently in the window
        best = None
        idx = 0
        while s:
            ch = s.popleft()
            window.append((idx, ch))
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[window[0][1]] < 0:
                    need[window.popleft()[1]] += 1
                first = window[0][0]
                if best is None or idx - first < best[1] - best[0]:
                    best = (first, idx)
                need[window.popleft()[1]] += 1
                missing += 1
            idx += 1
        return "" if best is None else text[best[0]:best[1] + 1]
