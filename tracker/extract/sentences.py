"""Splitting article text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tracker.extract.datafiles import word_list
from tracker.extract.model import Sentence
from tracker.extract.nocase import Caseless, caseless_lower
from tracker.extract.timex.context import time_ends_sentence
from tracker.extract.us_states import state_after_comma_only, us_state_abbreviations

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-*•]\s)")
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_CAPTION = re.compile(
    r"\((?:[A-Z][\w.]* )?(?:photo|photograph|picture|image)s? (?:by|courtesy|credit)\b"
    r"|^\s*(?:photo\s+caption|photo|caption|pictured)\s*[:|—-]"
    r"|\b(?:AP|Reuters|AFP|Getty Images?) (?:photo|Photo)\b",
    re.I,
)

_FAST_CAPTION = Caseless(_CAPTION)  # searched in lower-cased text (nocase.py)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph. Blank lines separate paragraphs; within a block,
    a line break is a soft wrap unless the line ends a sentence, is short (a headline, a
    dateline, a caption) or the next line starts a list item."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        spans.extend(_block_paragraphs(text, pos, m.start()))
        pos = m.end()
    spans.extend(_block_paragraphs(text, pos, len(text)))
    return spans


_SENTENCE_END = re.compile(r"[.!?:\"”’)\]]$")
_LIST_START = re.compile(r"^\s*(?:[-*•▪●]|\d+[.)])\s")


def _block_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            lines.append((s, e))
    if not lines:
        return []
    longest = max(e - s for s, e in lines)
    out = [lines[0]]
    for s, e in lines[1:]:
        prev_s, prev_e = out[-1]
        newline = text.rfind("\n", prev_s, prev_e)
        last_line_len = prev_e - newline - 1 if newline >= 0 else prev_e - prev_s
        hard_break = (
            # The paragraph so far ends in a non-space character: only that one can match.
            _SENTENCE_END.search(text[prev_e - 1 : prev_e])
            or last_line_len < 0.6 * longest
            or _LIST_START.match(text[s:e])
        )
        if hard_break:
            out.append((s, e))
        else:
            out[-1] = (prev_s, e)
    return out


def split_sentences(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` in order, with offsets, paragraph numbers and a caption flag;
    ``paragraphs`` is split_paragraphs(text) when the caller has it already."""
    sentences: list[Sentence] = []
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        is_caption = _FAST_CAPTION.search(paragraph, caseless_lower(paragraph))
        s = 0
        for m in _END.finditer(paragraph):
            if _is_abbreviation(paragraph, m.start()):
                continue
            _append(sentences, text, p_start + s, p_start + m.end(), p_index, is_caption)
            s = m.end()
        _append(sentences, text, p_start + s, p_end, p_index, is_caption)
    return sentences


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    if paragraph[dot] != ".":
        return False
    # re.search(r"([A-Za-z.]+)$", paragraph[:dot]).group(1), read backwards from the dot.
    end = dot - 1 if dot and paragraph[dot - 1] == "\n" else dot
    start = end
    while start and paragraph[start - 1] in _WORD_CHARS:
        start -= 1
    if start == end:
        return False
    word = paragraph[start:end].lower().strip(".")
    final = word_list("lexicon.yaml", "final_abbreviations")
    if word in final or _state_abbreviation(paragraph, start, word):
        # "... shortly before 11 p.m. The city ...": it may end the sentence too
        following = paragraph[dot + 1 : dot + 16].split(maxsplit=1)
        if not following:
            return True
        if word in ("a.m", "p.m"):  # "... by 4:15 p.m. Lufthansa cancelled ..."
            return not time_ends_sentence(paragraph, dot)
        return following[0] not in word_list("lexicon.yaml", "sentence_openers")
    # Single capital letters are initials (John F. Kennedy).
    return word in word_list("lexicon.yaml", "abbreviations") or (
        len(word) == 1 and paragraph[dot - 1].isupper()
    )


@lru_cache(maxsize=1)
def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    """US state abbreviations as _is_abbreviation reads them ("calif", "n.y"): all of them, and
    those read as a state only after a comma."""

    def bare(forms: Iterable[str]) -> frozenset[str]:
        return frozenset(f.lower().strip(".") for f in forms if " " not in f)

    every = bare(a for forms in us_state_abbreviations().values() for a in forms)
    return every, bare(state_after_comma_only())


def _state_abbreviation(paragraph: str, start: int, word: str) -> bool:
    """Whether ``word`` (at ``start``) abbreviates a US state ("VENTURA, Calif. (Wire)")."""
    every, after_comma = _state_words()
    if word not in every:
        return False
    return word not in after_comma or paragraph.endswith(", ", 0, start)


def _append(out: list[Sentence], text: str, start: int, end: int, para: int, caption: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], para, caption=caption))
