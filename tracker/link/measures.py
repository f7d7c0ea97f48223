"""What a figure counts, read from the words around it in its claim (data/measures.yaml):
deaths, the missing, the injured... Claims' figures are compared only when they count the
same thing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tracker.extract.datafiles import RuleFileError, compile_pattern, load_data_file, require_keys

FILE = "measures.yaml"
# The clause around a figure: up to a comma, a semicolon or a dash either side.
_CLAUSE_EDGE = re.compile(r"[,;:—–]|\s-\s")


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure: its id, its cue pattern, and its examples."""

    id: str
    cues: re.Pattern[str]
    examples: tuple[dict[str, str], ...]


@cache
def measures() -> tuple[Measure, ...]:
    """The measures of the data file, validated and compiled once."""
    data = require_keys(load_data_file(FILE), ("measures",), FILE, "top level")
    out = []
    for n, item in enumerate(data["measures"]):
        item = require_keys(item, ("id", "cues", "examples"), FILE, f"measure #{n + 1}")
        cues = item["cues"]
        if not isinstance(cues, list) or not cues or not item["examples"]:
            raise RuleFileError(f"{FILE}: measure {item['id']!r}: needs cues and examples")
        pattern = r"\b(?:" + "|".join(str(c) for c in cues) + r")\b"
        compiled = compile_pattern(pattern, FILE, str(item["id"]), re.I)
        out.append(Measure(str(item["id"]), compiled, tuple(item["examples"])))
    return tuple(out)


def examples_without_measure() -> list[dict[str, str]]:
    """The data file's figures that must get no measure."""
    return list(load_data_file(FILE).get("examples_without_measure") or [])


@lru_cache(maxsize=8192)
def measure_of(text: str, figure: str) -> str | None:
    """The measure of the figure ``figure`` as it appears in ``text``: that of the cue nearest
    to it within its clause, or None (no cue, or the figure is not in the text)."""
    at = text.find(figure)
    if at < 0 or not figure:
        return None
    end = at + len(figure)
    left_edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
    right_edge = _CLAUSE_EDGE.search(text, end)
    start, stop = (
        (left_edges[-1] if left_edges else 0),
        (right_edge.start() if right_edge else len(text)),
    )
    best: tuple[int, str] | None = None
    for m in measures():
        for cue in m.cues.finditer(text, start, stop):
            # a cue in the figure itself ("61 survivors") is the nearest
            gap = max(at - cue.end(), cue.start() - end, 0)
            if best is None or gap < best[0]:
                best = (gap, m.id)
    return best[1] if best else None
