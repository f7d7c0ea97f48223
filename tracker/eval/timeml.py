"""Reading TimeML files: the plain text of <TEXT> (tags removed, XML entities decoded), the
document creation time, and the gold TIMEX3 annotations with their character offsets in that
text. The conventions are TempEval-3's: spans are whitespace-trimmed, empty (self-closing)
TIMEX3s are not scorable, and the DCT timex is not gold; a copy of it inside <TEXT> is kept
apart so that a scorer can ignore predictions on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.errors import InputError

SUFFIXES = (".tml", ".tml.xml")

# Comments, CDATA sections, processing instructions and declarations are not text; element
# tags may carry quoted attribute values containing ">".
_TAG = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<![^>]*>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]*)"
    r"(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/)?>",
    re.S,
)
_ATTR = re.compile(r"([A-Za-z_][\w:.-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_ENTITY = re.compile(r"&(#[xX][0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_TEXT_OPEN = re.compile(r"<TEXT\b[^>]*>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT\s*>", re.I)
_DCT = re.compile(r"<DCT\b[^>]*>(.*?)</DCT\s*>", re.S | re.I)
_TIMEX_OPEN = re.compile(r"<TIMEX3\b([^>]*)>", re.I)
_ISO_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


class TimemlError(InputError):
    """A file that is not usable TimeML; the message is ``path: reason``."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """An annotated time expression: offsets into the document's plain text (end exclusive)."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """A TimeML document as the tagger sees it. ``ignore`` holds the spans of DCT copies
    inside the text: not gold, and predictions on them count neither way."""

    path: str
    text: str
    dct: date | None
    gold: tuple[GoldTimex, ...]
    ignore: tuple[tuple[int, int], ...] = ()


def decode_entities(s: str) -> str:
    """The five XML named entities and numeric character references; nothing else."""
    if "&" not in s:
        return s

    def one(m: re.Match[str]) -> str:
        ent = m.group(1)
        if ent[:2] in ("#x", "#X"):
            return chr(int(ent[2:], 16))
        if ent[0] == "#":
            return chr(int(ent[1:]))
        return _NAMED[ent]

    return _ENTITY.sub(one, s)


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = next((g for g in m.group(2, 3, 4) if g is not None), "")
        out[m.group(1).lower()] = decode_entities(value)
    return out


def _iso_day(value: str) -> date | None:
    """'1998-02-27T10:00' or '19980227' -> date(1998, 2, 27); anything else -> None."""
    m = _ISO_DAY.match(value.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _find_dct(raw: str, text_span: tuple[int, int]) -> tuple[date | None, str]:
    """The creation date and its tid: the <DCT> element outside <TEXT>, else any TIMEX3
    marked functionInDocument="CREATION_TIME" (outside <TEXT> first)."""
    outside = raw[: text_span[0]] + raw[text_span[1] :]
    m = _DCT.search(outside)
    if m is not None:
        timex = _TIMEX_OPEN.search(m.group(1))
        if timex is not None:
            a = _attrs(timex.group(1))
            return _iso_day(a.get("value", "")), a.get("tid", "")
        return _iso_day(decode_entities(re.sub(r"<[^>]*>", "", m.group(1)))), ""
    for region in (outside, raw):
        for timex in _TIMEX_OPEN.finditer(region):
            a = _attrs(timex.group(1))
            if a.get("functionindocument", "").upper() == "CREATION_TIME":
                return _iso_day(a.get("value", "")), a.get("tid", "")
    return None, ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_timeml(raw: str, path: str = "<string>") -> TimemlDocument:
    """Parse TimeML markup; TimemlError says what is wrong with it."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    opening = _TEXT_OPEN.search(raw)
    if opening is None:
        raise TimemlError(f"{path}: no <TEXT> element")
    closing = _TEXT_CLOSE.search(raw, opening.end())
    if closing is None:
        raise TimemlError(f"{path}: <TEXT> is never closed")
    body = raw[opening.end() : closing.start()]
    dct, dct_tid = _find_dct(raw, (opening.start(), closing.end()))

    parts: list[str] = []
    length = 0
    last = 0
    stack: list[tuple[dict[str, str], int, int]] = []  # attrs, text offset, line
    spans: list[tuple[dict[str, str], int, int]] = []
    for m in _TAG.finditer(body):
        chunk = decode_entities(body[last : m.start()])
        parts.append(chunk)
        length += len(chunk)
        last = m.end()
        if m.group("cdata") is not None:
            parts.append(m.group("cdata"))
            length += len(m.group("cdata"))
            continue
        name = m.group("name")
        if name is None or name.upper() != "TIMEX3" or m.group("empty"):
            continue  # other markup, or an empty TIMEX3 that covers no text
        if m.group("close"):
            if not stack:
                line = raw.count("\n", 0, opening.end() + m.start()) + 1
                raise TimemlError(f"{path}: line {line}: </TIMEX3> without an opening tag")
            attrs, start, _ = stack.pop()
            spans.append((attrs, start, length))
        else:
            line = raw.count("\n", 0, opening.end() + m.start()) + 1
            stack.append((_attrs(m.group("attrs")), length, line))
    parts.append(decode_entities(body[last:]))
    if stack:
        raise TimemlError(f"{path}: line {stack[-1][2]}: <TIMEX3> is never closed")
    text = "".join(parts)

    gold: list[GoldTimex] = []
    ignore: list[tuple[int, int]] = []
    for attrs, start, end in spans:
        s, e = _trim(text, start, end)
        if s >= e:
            continue
        creation = attrs.get("functionindocument", "").upper() == "CREATION_TIME"
        if creation or (dct_tid and attrs.get("tid") == dct_tid):
            ignore.append((s, e))
            continue
        gold.append(
            GoldTimex(s, e, text[s:e], attrs.get("type", "").upper(), attrs.get("value", ""))
        )
    gold.sort(key=lambda g: (g.start, g.end))
    return TimemlDocument(path, text, dct, tuple(gold), tuple(sorted(ignore)))


def read_timeml(path: Path) -> TimemlDocument:
    """Read and parse one TimeML file (UTF-8, else Latin-1)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TimemlError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("latin-1")
    return parse_timeml(raw, str(path))


def find_timeml(paths: list[Path]) -> list[Path]:
    """TimeML files among ``paths`` (*.tml, *.tml.xml), folders searched recursively; a file
    named explicitly is taken whatever its name."""
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(
                f
                for f in p.rglob("*")
                if f.is_file() and f.name.lower().endswith(SUFFIXES) and not f.name.startswith("._")
            )
        elif p.is_file():
            found.add(p)
        else:
            raise TimemlError(f"{p}: no such file or folder")
    if not found:
        raise TimemlError(
            "no TimeML files (*.tml, *.tml.xml) in " + ", ".join(str(p) for p in paths)
        )
    return sorted(found)
