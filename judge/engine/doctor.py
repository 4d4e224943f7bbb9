"""`judge doctor`: start a process as the judge starts a worker, let it confine itself, and have
it try what a solution must not do (and what an honest one needs). Parent side; the probe that
runs in that process is judge.worker.probe.
"""

from __future__ import annotations

import json
import os
import sys
from typing import NamedTuple

from judge.engine.protocol import PROBE_LAST as LAST, Layer, Sandbox
from judge.engine.scratch import remove_scratch, scratch, worker_env
from judge.engine.launch import PACKAGE_PARENT, worker_path
from judge.errors import InternalError
class Check(NamedTuple):
    attempt: str        # what a sandboxed process tried
    ok: bool            # the sandbox did what it should: refused it, or allowed an honest need
    detail: str


class Diagnosis(NamedTuple):
    status: Sandbox
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return self.status.full and all(c.ok for c in self.checks)

    def to_json(self) -> dict:
        return {"sandbox": self.status.text, "ok": self.ok, **self.status.to_json(),
                "checks": [{"attempt": c.attempt, "ok": c.ok, "detail": c.detail}
                           for c in self.checks]}


PROBE = "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); " \
        "from judge.worker.probe import probe; probe(*sys.argv[2:5])"


def doctor() -> Diagnosis:
    """Start a process as the judge starts a worker, sandbox it, and have it try what a solution
    must not (and what an honest one needs): the layers that hold on this machine, and proof."""
    import shutil
    import subprocess
    import tempfile

    folder, outside = scratch(), tempfile.mkdtemp(prefix="judge-doctor-")
    secret = os.path.join(outside, "answer.txt")
    with open(secret, "w") as f:
        f.write("42\n")
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-S", "-c", PROBE, json.dumps(worker_path()), folder, secret,
             PACKAGE_PARENT],
            cwd=folder, env=worker_env(folder), capture_output=True, text=True, timeout=60,
            start_new_session=True)
    finally:
        remove_scratch(folder)
        shutil.rmtree(outside, ignore_errors=True)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines or "layers" not in lines[0]:
        raise InternalError(f"the sandbox probe failed: {done.stderr.strip()[-300:]}")
    checks = [Check(**line) for line in lines[1:]]
    if not any(c.attempt == LAST for c in checks):
        checks.append(Check(LAST, False, "the program ran"))
    status = Sandbox(tuple(Layer(*layer) for layer in lines[0]["layers"]))
    return Diagnosis(status, tuple(checks))
