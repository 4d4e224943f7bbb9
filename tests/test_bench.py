"""bench/table.py keeps working: its cheapest row, as JSON. It checks the shape of the report
only, never a timing (timings belong to the benchmark's output, not to a test)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "table.py"


@pytest.mark.slow   # about 2 s on a quiet machine, 6.5 s beside other test suites
def test_table_help_row_as_json():
    done = subprocess.run([sys.executable, str(BENCH), "--only", "help", "--runs", "1",
                           "--format", "json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert {"machine", "runs", "rows"} <= doc.keys()
    assert {"nproc", "cpu", "load_average", "load_average_end", "python"} <= doc["machine"].keys()
    (row,) = doc["rows"]
    assert {"name", "figure", "baseline", "ratio", "target", "ok", "note", "raw"} <= row.keys()
    assert row["name"] == "judge --help"
    assert len(row["raw"]["figure_ms"]) == len(row["raw"]["baseline_ms"]) == 1
