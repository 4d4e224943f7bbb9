"""The learner's loop around the engine: the workspace of solutions, the history of attempts,
`judge watch`, and the texts of a problem (statement, explanation).
"""
