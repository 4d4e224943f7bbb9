"""How long `judge watch` takes to show a new verdict after a save, as a person sees it.

Runs `judge watch 239` in a private tmux server, saves the solution several times (alternating
a compile error and a crash, so each round judges only the examples), and polls the screen with
`tmux capture-pane` every 10 ms until the new round is drawn. Prints the median, min and max.

    python bench/watch_latency.py [SAVES]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = [
    "class Solution:\n    def maxSlidingWindow(self, nums, k):\n        return [max(nums[i:i + k]\n",
    "class Solution:\n    def maxSlidingWindow(self, nums, k):\n        return nums[k * 10**9]\n",
]


def main(saves: int) -> None:
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed: apt-get install tmux")
    tmux = ["tmux", "-L", f"judge-bench-{uuid.uuid4().hex[:8]}"]
    with tempfile.TemporaryDirectory() as tmp:
        solution = Path(tmp) / "solutions" / "0239-sliding-window-maximum.py"
        solution.parent.mkdir()
        solution.write_text(VERSIONS[1])
        command = f"env JUDGE_NO_HISTORY=1 {sys.executable} -m judge watch 239; sleep 60"
        subprocess.run([*tmux, "new-session", "-d", "-x", "120", "-y", "40", "-c", tmp, command],
                       check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})

        def seconds_until(fragment: str, since: float) -> float:
            while time.monotonic() - since < 30:
                screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True,
                                        text=True).stdout
                if fragment in screen:
                    return time.monotonic() - since
                time.sleep(0.01)
            raise SystemExit(f"{fragment!r} never appeared:\n{screen}")

        try:
            seconds_until("round 1 ", time.monotonic())
            times = []
            for i in range(saves):
                time.sleep(0.3)                       # a person does not save twice at once
                start = time.monotonic()
                solution.write_text(VERSIONS[i % 2])
                times.append(seconds_until(f"round {i + 2} ", start))
        finally:
            subprocess.run([*tmux, "kill-server"], capture_output=True)
    ms = [t * 1000 for t in times]
    print(f"save -> new verdict on screen, {saves} saves: median {statistics.median(ms):.0f} ms, "
          f"min {min(ms):.0f} ms, max {max(ms):.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
