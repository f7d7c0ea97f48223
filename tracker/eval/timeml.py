"""Reading TimeML files: the plain text of <TEXT>, the document creation time, and the gold
TIMEX3 annotations with their character offsets in that text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.errors import InputError

_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.S | re.I)
SUFFIXES = (".tml", ".tml.xml")


class TimemlError(InputError):
    """A file that is not usable TimeML."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """An annotated time expression: offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """A TimeML document as the tagger sees it."""

    path: str
    text: str
    dct: date | None
    gold: tuple[GoldTimex, ...]


def _attrs(raw: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or "")
        for m in _ATTR.finditer(raw)
    }


def _dct(raw: str, body_span: tuple[int, int]) -> tuple[date | None, str | None]:
    """The creation time and its tid, from <DCT> or a TIMEX3 marked CREATION_TIME."""
    outside = raw[: body_span[0]] + raw[body_span[1] :]
    for region in (outside, raw):
        for m in re.finditer(r"<TIMEX3\b([^>]*)>", region):
            a = _attrs(m.group(1))
            in_dct = re.search(r"<DCT\b[^>]*>\s*$", region[: m.start()]) is not None
            if in_dct or a.get("functionindocument", "").upper() == "CREATION_TIME":
                value = a.get("value", "")
                try:
                    return date.fromisoformat(value[:10]), a.get("tid")
                except ValueError:
                    return None, a.get("tid")
    return None, None


def read_timeml(path: Path) -> TimemlDocument:
    """Parse one TimeML file; TimemlError says what is wrong with it."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raw = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise TimemlError(f"{path}: cannot read ({exc.strerror})") from None
    body = _TEXT.search(raw)
    if body is None:
        raise TimemlError(f"{path}: no <TEXT> element")
    dct, dct_tid = _dct(raw, body.span())
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[dict[str, str], int]] = []
    gold: list[GoldTimex] = []
    last = 0
    content = body.group(1)
    for m in _TAG.finditer(content):
        chunk = html.unescape(content[last : m.start()])
        parts.append(chunk)
        length += len(chunk)
        last = m.end()
        closing, name = m.group(1) == "/", m.group(2).upper()
        if name != "TIMEX3" or m.group(4):
            continue
        if not closing:
            open_timex.append((_attrs(m.group(3)), length))
        elif open_timex:
            attrs, start = open_timex.pop()
            is_dct = attrs.get("functionindocument", "").upper() == "CREATION_TIME" or (
                dct_tid is not None and attrs.get("tid") == dct_tid
            )
            if not is_dct and length > start:
                gold.append(
                    GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", ""))
                )
        else:
            raise TimemlError(f"{path}: </TIMEX3> without its opening tag")
    parts.append(html.unescape(content[last:]))
    text = "".join(parts)
    if open_timex:
        raise TimemlError(f"{path}: <TIMEX3> left open")
    trimmed = []
    for g in gold:
        s, e = g.start, g.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append(GoldTimex(s, e, text[s:e], g.type, g.value))
    return TimemlDocument(str(path), text, dct, tuple(sorted(trimmed, key=lambda t: t.start)))


def find_timeml(paths: list[Path]) -> list[Path]:
    """TimeML files among ``paths``, folders searched recursively."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.name.endswith(SUFFIXES)))
        elif p.exists():
            found.append(p)
        else:
            raise TimemlError(f"{p}: no such file or folder")
    if not found:
        raise TimemlError("no TimeML files (*.tml) in " + ", ".join(map(str, paths)))
    return found
