"""Every writer of text for people or programs (rich text, JSON, JUnit, Markdown), and nothing
else: no judging, no I/O beyond the console or string it is given.
"""
