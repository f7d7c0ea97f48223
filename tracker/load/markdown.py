"""Markdown articles as plain text: the words a reader sees, one paragraph per block.

Emphasis, links, heading marks and quote marks are markup, not text: left in, they hide a
dateline ("**FRANKFURT** —"), a "Published ..." line in italics, and they would end up in the
quotes of events and claims. markdown-it-py (CommonMark) parses the file; each heading,
paragraph, quoted paragraph and list item becomes a paragraph of its own, separated by a blank
line; a link keeps its text, an image inside the text its description, and a block opened by
an image (a figure) becomes a caption paragraph (its caption, else the image's description);
raw HTML blocks are left out. Lines of a block that are each wholly emphasised ("**By Ana
Ruiz**" above "*Published 14 May 2026*") are a block of separate facts, not one sentence: each
becomes a paragraph of its own.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tracker.load.captions import as_caption

_PARSER = MarkdownIt("commonmark")


def _inline_text(token: Token) -> str:
    """The words of an inline block. A block that opens with an image is a figure: its
    caption (the text after the image, else the image's description) written as a caption
    paragraph; a description is left out beside a caption of the figure's own."""
    parts: list[str] = []
    figure: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            if "".join(parts).strip():
                parts.append(child.content)  # an image inside the text: its description
            else:
                figure.append(child.content)
    text = " ".join("".join(parts).split())
    if figure:
        described = " ".join(" ".join(figure).split())
        caption = text or described
        return as_caption(caption) if caption else ""
    return text


_OPENS = ("em_open", "strong_open")
_CLOSES = ("em_close", "strong_close")


def _emphasised_lines(token: Token) -> list[Token] | None:
    """The lines of an inline block, when it has several and each is wholly emphasised
    (nothing outside its ``*...*`` or ``**...**``); else None."""
    lines: list[list[Token]] = [[]]
    for child in token.children or ():
        if child.type == "softbreak":
            lines.append([])
        elif not (child.type == "text" and not child.content.strip()):
            lines[-1].append(child)
    if len(lines) < 2:
        return None
    for line in lines:
        depth = 0
        for i, child in enumerate(line):
            depth += (child.type in _OPENS) - (child.type in _CLOSES)
            if (i == 0 and child.type not in _OPENS) or (depth == 0 and i != len(line) - 1):
                return None
    out = []
    for line in lines:
        part = Token("inline", "", 0)
        part.children = line
        out.append(part)
    return out


def markdown_to_text(source: str) -> str:
    """The plain text of a Markdown document, its blocks separated by blank lines."""
    paragraphs: list[str] = []
    in_item = 0
    for token in _PARSER.parse(source):
        if token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type == "inline":
            for part in _emphasised_lines(token) or [token]:
                text = _inline_text(part)
                if text:
                    paragraphs.append(f"- {text}" if in_item else text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(token.content.strip())
    return "\n\n".join(paragraphs) + "\n"
