"""The parent side of judging: everything between a solution file and a Report.

problems (Problem, Case) and solutions find what to judge; limits says how long it may take;
judging puts cases and limits together the ways LeetCode does; runner feeds them to a worker
started by spawn and decides each case from answers and verdicts; protocol is the only thing
shared with the worker process (judge.worker); scratch is the worker's folder; doctor checks
the sandbox. Nothing here prints: rendering lives in judge.render.
"""
