"""Extraction gives the same result whatever order Python's sets iterate in: the sample
articles are extracted in two processes with different hash seeds and compared."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SCRIPT = """
import hashlib, sys
from pathlib import Path
from tracker.extract import extract
from tracker.load.sources import Job, LoadOptions, load_job
digest = hashlib.sha256()
for path in sorted(Path("seeds").iterdir())[::3]:
    document = load_job(Job(str(path), path=path), LoadOptions())
    result = extract(document.text, document.published)
    digest.update(repr((result.events, result.claims, result.entities)).encode())
print(digest.hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_extraction_does_not_depend_on_hash_order() -> None:
    first, second = _digest("1"), _digest("2")
    assert first == second
    assert len(first) == len(hashlib.sha256().hexdigest())
