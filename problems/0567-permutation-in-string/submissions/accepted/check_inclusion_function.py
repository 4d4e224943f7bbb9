"""Count arrays as a plain snake_case function, no Solution class."""


def check_inclusion(s1, s2):
    k = len(s1)
    want = [0] * 26
    have = [0] * 26
    for c in s1:
        want[ord(c) - 97] += 1
    for i, c in enumerate(s2):
        have[ord(c) - 97] += 1
        if i >= k:
            have[ord(s2[i - k]) - 97] -= 1
        if have == want:
            return True
    return False
