"""JSON export: the stable contract of articles, events, claims and claim links."""

from __future__ import annotations

import json
from typing import Any, TextIO


def write_json(out: TextIO, document: dict[str, Any] | list[Any]) -> None:
    """Write ``document`` as indented UTF-8 JSON."""
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
