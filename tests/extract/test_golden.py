"""Golden files: the extraction of every sample article in seeds/ is compared with
tests/golden/<name>.json. Refresh them only on purpose: `pytest --update-golden`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tracker.extract import Extraction, extract
from tracker.load.text import load_text_article

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden"
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def summarise(x: Extraction) -> dict[str, Any]:
    """The parts of an extraction a reviewer checks, in a stable, readable form."""
    return {
        "published": x.published.isoformat() if x.published else None,
        "published_inferred": x.published_inferred,
        "timexes": [f"{t.text} | {t.type} | {t.value}" for t in x.timexes],
        "events": [
            {
                "date": e.date.value,
                "start": e.date.start.isoformat() if e.date.start else None,
                "end": e.date.end.isoformat() if e.date.end else None,
                "title": e.title,
                "type": e.type,
                "modality": e.modality,
                "actors": list(e.actors),
                "places": list(e.places),
                **({"context": list(e.context)} if e.context else {}),
                "sources": list(e.sources),
            }
            for e in x.events
        ],
        "claims": [
            {
                "text": c.text,
                "claimant": c.claimant,
                "score": c.score,
                "quantities": [
                    f"{q.text} | {q.value} {q.unit} | {q.qualifier}" for q in c.quantities
                ],
            }
            for c in x.claims
        ],
    }


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_extraction_matches_golden(path: Path, update_golden: bool) -> None:
    document = load_text_article(path)
    actual = summarise(extract(document.text, document.published))
    golden = GOLDEN / f"{path.stem}.json"
    if update_golden:
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not golden.exists():
        pytest.fail(f"no golden file {golden.name}; run pytest --update-golden and review it")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))
