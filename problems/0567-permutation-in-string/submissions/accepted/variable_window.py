"""A window that grows while s1 still has room for the next letter and shrinks from the left
otherwise; it matches once it is len(s1) long."""


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        room = [0] * 26
        for c in s1:
            room[ord(c) - 97] += 1
        left = 0
        for right, c in enumerate(s2):
            j = ord(c) - 97
            room[j] -= 1
            while room[j] < 0:
                room[ord(s2[left]) - 97] += 1
                left += 1
            if right - left + 1 == len(s1):
                return True
        return False
