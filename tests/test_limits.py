"""Time limits derived from the reference and cached per machine."""

import json
import os
import subprocess
import sys

from judge import api
from judge.engine.limits import derive

from conftest import ROOT

CALIBRATE = "import sys; from judge import api; from judge.engine import limits; limits.limits_for(api.find_problem(sys.argv[1]))"


def test_the_rule_has_a_floor_and_a_factor():
    problem = api.find_problem("11")
    assert derive(problem, slowest_ms=2.0, total_ms=10.0).case_time_ms == 1000        # the floor
    lim = derive(problem, slowest_ms=30.0, total_ms=400.0)
    assert (lim.case_time_ms, lim.run_time_ms) == (3000, 40000)
    assert derive(problem, slowest_ms=30.0, total_ms=10.0).run_time_ms == 6000       # 2 x case


def test_parallel_calibrations_keep_every_entry(tmp_path):
    """Graders on one machine calibrate at once; neither may drop the other's figures."""
    env = {**os.environ, "JUDGE_CACHE_DIR": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", CALIBRATE, p], cwd=ROOT, env=env)
             for p in ("11", "239", "11")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0]
    keys = json.loads((tmp_path / "calibration.json").read_text()).keys()
    assert sorted(k.split(":")[0] for k in keys) == ["0011-container-with-most-water",
                                                     "0239-sliding-window-maximum"]
