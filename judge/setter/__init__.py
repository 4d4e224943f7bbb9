"""The problem setter's tools: build a package's data, prove it (`judge check`), mutants and
margins, and the skeleton of a new package. They sit on the engine, never under it.
"""
