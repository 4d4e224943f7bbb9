"""The engine: everything between a solution file and a Report.

Parent side: problems (Problem, Case), limits, runner (start a worker, feed it, bill it),
checkers, verdicts. Worker side: worker (imports and calls the solution), sandbox, landlock,
seccomp, leetcode_env. Nothing here prints; rendering lives in judge.render.
"""
