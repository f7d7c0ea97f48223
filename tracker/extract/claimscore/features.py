"""What the claim model sees of a sentence: words and word pairs with figures, years and
percentages folded into shape tokens (so debates and news share them), plus the cue features
of data/claim_cues.yaml that carry across genres: figures, comparisons, attributions, names,
dates, tense, and the marks of opinion, questions and text addressed to the reader."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.datafiles import RuleFileError, compile_pattern, load_data_file, require_keys

_TOKEN = re.compile(r"\$?\d[\d,.]*%?|[A-Za-z][A-Za-z'’-]*")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
CUE_FILE = "claim_cues.yaml"


@dataclass(frozen=True)
class CueSet:
    """The cue features and news priors of data/claim_cues.yaml."""

    version: int
    cues: tuple[tuple[str, re.Pattern[str]], ...]
    priors: tuple[tuple[re.Pattern[str], float], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (*(name for name, _ in self.cues), "length")


@lru_cache(maxsize=1)
def cue_set() -> CueSet:
    """The cues, loaded and validated once."""
    data = load_data_file(CUE_FILE)
    if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
        raise RuleFileError(f"{CUE_FILE}: expected 'feature_version' and a 'cues' list")
    cues = []
    for n, item in enumerate(data["cues"]):
        item = require_keys(item, ("name", "pattern"), CUE_FILE, f"cue #{n + 1}")
        flags = 0 if item.get("case") == "sensitive" else re.I
        cues.append(
            (str(item["name"]), compile_pattern(item["pattern"], CUE_FILE, item["name"], flags))
        )
    by_name = dict(cues)
    priors = []
    for item in data.get("priors") or []:
        item = require_keys(item, ("name", "shift"), CUE_FILE, "prior")
        if item["name"] not in by_name:
            raise RuleFileError(f"{CUE_FILE}: prior {item['name']!r}: no such cue")
        priors.append((by_name[item["name"]], float(item["shift"])))
    return CueSet(int(data.get("feature_version", 0)), tuple(cues), tuple(priors))


def shape(token: str) -> str:
    """A token as the model sees it: numbers by shape, words in lower case."""
    if token[0].isdigit() or token[0] == "$":
        if token.endswith("%"):
            return "<pct>"
        if token[0] == "$":
            return "<money>"
        return "<year>" if _YEAR.match(token) else "<num>"
    return token.lower().replace("’", "'")


def analyze(sentence: str) -> list[str]:
    """Unigrams and bigrams of shaped tokens (the vectoriser's analyzer)."""
    words = [shape(t) for t in _TOKEN.findall(sentence)]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def cue_vector(sentence: str) -> list[float]:
    """0/1 for each cue, plus the length in words (scaled, capped)."""
    values = [1.0 if pattern.search(sentence) else 0.0 for _, pattern in cue_set().cues]
    values.append(min(len(sentence.split()), 60) / 60)
    return values
