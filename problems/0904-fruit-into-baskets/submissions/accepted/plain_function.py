"""Counting window as a module-level function, total_fruit, with no class."""


def total_fruit(fruits):
    have = {}
    i = 0
    most = 0
    for j, t in enumerate(fruits):
        have[t] = have.get(t, 0) + 1
        while len(have) > 2:
            have[fruits[i]] -= 1
            if not have[fruits[i]]:
                have.pop(fruits[i])
            i += 1
        if j - i + 1 > most:
            most = j - i + 1
    return most
