"""Dictionary of last positions as a module-level function, length_of_longest_substring, no class."""


def length_of_longest_substring(s):
    seen = {}
    lo = 0
    answer = 0
    for hi, c in enumerate(s):
        if c in seen and seen[c] >= lo:
            lo = seen[c] + 1
        seen[c] = hi
        answer = max(answer, hi - lo + 1)
    return answer
