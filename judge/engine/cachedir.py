"""The judge's cache folder: $JUDGE_CACHE_DIR, or the user's cache folder (platformdirs). It
holds what is worth keeping between runs and can always be made again: this machine's
calibrated limits, the checks remembered, hypothesis' examples, the rendered help. Import-light:
`judge --help` reads it before anything else is loaded."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "JUDGE_CACHE_DIR"


def cache_dir() -> Path:
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("judge"))
