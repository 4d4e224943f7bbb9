"""The doctor's probe, inside its sandboxed process: confine itself like a worker, then try
each thing a solution must not do (and what an honest one needs) and print one JSON line each.
"""

from __future__ import annotations

import json
import os
import resource
import sys

from judge.engine.protocol import PROBE_LAST as LAST
from judge.worker.main import set_limits
from judge.worker.sandbox import apply



def probe(folder: str, secret: str, package_parent: str) -> None:
    """Confine this process like a worker, then try each thing and print what happened."""
    import socket
    import threading

    set_limits(256, 10)
    status = apply(folder, [os.path.dirname(secret)], package_parent)
    print(json.dumps(status.to_json()), flush=True)

    def fork():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)

    def sigio():
        import fcntl

        read, write = os.pipe()
        fcntl.fcntl(read, fcntl.F_SETOWN, os.getppid())

    def thread():
        worker = threading.Thread(target=sum, args=([1, 2],))
        worker.start()
        worker.join()

    attempts = [  # (what, should it work?, how)
        ("read a file outside its folder", False, lambda: open(secret).read()),
        ("list the judge's own folder", False, lambda: os.listdir(package_parent)),
        ("write a file outside its folder", False, lambda: open(secret + ".new", "w").close()),
        ("change a file's permissions", False, lambda: os.chmod(secret, 0o666)),
        ("start a process", False, fork),
        ("open a socket", False, lambda: socket.socket().close()),
        ("signal the judge", False, lambda: os.kill(os.getppid(), 0)),
        ("aim SIGIO at the judge (fcntl F_SETOWN)", False, sigio),
        ("hold memory in a memfd", False, lambda: os.memfd_create("probe")),
        ("raise its memory limit", False,
         lambda: resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY,) * 2)),
        ("write in its scratch folder", True, lambda: open("scratch.txt", "w").close()),
        ("import a module of the standard library", True, lambda: __import__("fractions")),
        ("start a thread", True, thread),
        (LAST, False, lambda: os.execv(sys.executable, [sys.executable, "-c", "pass"])),
    ]
    if any(layer.name == "hide_metadata" and layer.active for layer in status.layers):
        attempts.insert(1, ("see a hidden file's size", False, lambda: os.stat(secret)))
    for what, should_work, attempt in attempts:
        try:
            attempt()
            worked, detail = True, "allowed"
        except (OSError, ValueError) as e:
            worked, detail = False, f"refused: {type(e).__name__}: {e}"
        print(json.dumps({"attempt": what, "ok": worked == should_work, "detail": detail}),
              flush=True)
