"""Non-shrinking window with a 26-entry count list, written as a plain function character_replacement."""


def character_replacement(s, k):
    count = [0] * 26
    top = 0
    start = 0
    for end in range(len(s)):
        c = ord(s[end]) - 65
        count[c] += 1
        top = max(top, count[c])
        if end - start + 1 > top + k:
            count[ord(s[start]) - 65] -= 1
            start += 1
    return len(s) - start
