"""A digest of ``tracker.extract`` output over a fixed corpus: a check that a change meant only
to make extraction faster leaves every result as it was. Prints figures; not a test.

    .venv/bin/python bench/extract_digest.py [--out FILE] [--timeml DIR]

The corpus: the sample articles in seeds/, each with and without its date; the TimeML texts
under ``--timeml`` (default ../shared/data/timeml/tbaq, skipped when absent) with their
document dates; and 60 articles shuffled from the seed paragraphs with varied figures (the
same seed every run). Each extraction is written to ``--out`` as its ``repr``, one per line,
and a SHA-256 of the whole is printed: run it before and after a change and compare the
two digests (``diff`` the two files to see what moved).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.eval.timeml import find_timeml, read_timeml  # noqa: E402
from tracker.extract import extract  # noqa: E402


def corpus(timeml: Path) -> list[tuple[str, str, date | None]]:
    """(name, text, date) of every extraction the digest covers, in a fixed order."""
    items: list[tuple[str, str, date | None]] = []
    seeds = sorted((REPO / "seeds").glob("*.*"))
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        items.append((path.name, text, None))
        items.append((path.name + "@2024-06-01", text, date(2024, 6, 1)))
    if timeml.is_dir():
        for path in find_timeml([timeml]):
            doc = read_timeml(path)
            items.append((path.name, doc.text, doc.dct))
    rng = random.Random(11)
    pool = [
        block.strip()
        for path in seeds
        for block in path.read_text(encoding="utf-8").split("\n\n")[1:]
        if len(block.strip()) > 80
    ]
    for n in range(60):
        paras = [
            re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), rng.choice(pool))
            for _ in range(rng.randint(3, 12))
        ]
        items.append((f"shuffled-{n}", "\n\n".join(paras), date(2025, 3, 1) if n % 2 else None))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/extract-digest.txt"))
    parser.add_argument(
        "--timeml", type=Path, default=REPO.parent / "shared" / "data" / "timeml" / "tbaq"
    )
    args = parser.parse_args()
    digest = hashlib.sha256()
    items = corpus(args.timeml)
    with args.out.open("w", encoding="utf-8") as out:
        for name, text, day in items:
            line = f"{name}\t{extract(text, day)!r}\n"
            out.write(line)
            digest.update(line.encode("utf-8"))
    print(f"{len(items)} extractions written to {args.out}; sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
