"""Two pointers with a budget per letter: grow while the next letter is affordable, else shrink; a window of length m is an anagram."""


def find_anagrams(s, p):
    budget = {}
    for c in p:
        budget[c] = budget.get(c, 0) + 1
    left = 0
    starts = []
    for right, c in enumerate(s):
        budget[c] = budget.get(c, 0) - 1
        while budget[c] < 0:
            budget[s[left]] += 1
            left += 1
        if right - left + 1 == len(p):
            starts.append(left)
    return starts
