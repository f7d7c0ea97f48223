"""CSV export: UTF-8, a header row, spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(out: TextIO, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` under a header of ``columns``; returns the number of rows."""
    writer = csv.DictWriter(
        out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: neutralise("" if v is None else v) for k, v in row.items()})
        n += 1
    return n
