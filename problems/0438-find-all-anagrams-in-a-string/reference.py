"""Reference solution for 438. Find All Anagrams in a String: sliding letter counts, O(26 n)."""

from typing import List


class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        width = len(p)
        need = [0] * 26
        for letter in p:
            need[ord(letter) - 97] += 1
        have = [0] * 26
        starts: List[int] = []
        for right, letter in enumerate(s):
            have[ord(letter) - 97] += 1
            # The window is s[right - width + 1 .. right]: the letter before it has just left.
            if right >= width:
                have[ord(s[right - width]) - 97] -= 1
            if have == need:
                starts.append(right - width + 1)
        return starts
