"""Grading many untrusted submissions: rosters, shards and merges (`judge grade`) and the pytest
plugin. Both judge through judge.api, like the CLI.
"""
