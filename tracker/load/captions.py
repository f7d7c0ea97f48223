"""How a loader writes a photo caption into an article's text: as a paragraph opened by
"Photo:" (unless it opens with such a cue already), which the sentence splitter marks as a
caption (content, but outside the narrative's flow of time)."""

from __future__ import annotations

import re

_CAPTION_CUE = re.compile(r"^\s*(?:photo|caption|pictured)\s*[:|—-]", re.I)


def as_caption(text: str) -> str:
    """``text`` as a caption paragraph: "Photo: ..." unless it opens with a caption cue."""
    return text if _CAPTION_CUE.match(text) else f"Photo: {text}"
