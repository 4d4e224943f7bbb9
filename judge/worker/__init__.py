"""Everything that runs in the worker process, and nothing else: import the solution and call it
per case (main), confine the process (sandbox, landlock, seccomp), the names LeetCode gives a
solution (leetcode_env), and the doctor's probe (probe). Of the parent's modules it imports
only judge.engine.protocol, the messages between the two processes.
"""
