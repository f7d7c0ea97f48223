"""What the claim model sees of a sentence. Three blocks, all plain Python so that training
(scikit-learn, given these functions as analyzers) and scoring (no scikit-learn) share them:

- word terms: lower-cased words and word pairs, with figures folded into shape tokens
  (``<num>``, ``<year>``, ``<pct>``, ``<money>``) and ``?``/``!``/quotes kept as tokens, so
  debate transcripts and news share them;
- char terms: 2- to 5-character n-grams inside words (scikit-learn's ``char_wb`` scheme) of
  the lower-cased sentence with every digit written ``0``: spelling variants, suffixes
  (tense, plurals), names and numbers by shape;
- cues: 0/1 news-aware features (figures, comparisons, attribution, names, dates, tense,
  hedges, opinion, questions, text addressed to the reader) and the length.

Any change to these functions changes the model: bump FEATURE_VERSION and retrain
(``tracker claims train``); a model of another version is refused at load time.
"""

from __future__ import annotations

import itertools
import re

from tracker.extract.nocase import WordsOrPattern, caseless_lower, words

FEATURE_VERSION = 2

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_TOKEN = re.compile(
    r"[$€£]\s?\d+(?:,\d{3})*(?:\.\d+)?"  # money
    r"|\d+(?:,\d{3})*(?:\.\d+)?\s?%"  # percentage
    r"|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?"  # number, ordinal, decade
    r"|[A-Za-z][A-Za-z'-]*"  # word
    r"|[?!\"]"
)
# _TOKEN written to start with one class of its first characters (re then skips the other
# characters in C), each alternative checking the character it starts with behind it: it
# finds the same tokens (test_fast_scoring compares them).
_FAST_TOKEN = re.compile(
    r"[$€£\dA-Za-z?!\"]"
    r"(?:(?<=[$€£])\s?\d+(?:,\d{3})*(?:\.\d+)?"  # money
    r"|(?<=\d)\d*(?:,\d{3})*(?:\.\d+)?\s?%"  # percentage
    r"|(?<=\d)\d*(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?"  # number, ordinal, decade
    r"|(?<=[A-Za-z])[A-Za-z'-]*"  # word
    r"|(?<=[?!\"]))"
)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s\s+")
CHAR_RANGE = (2, 5)


def normalise(sentence: str) -> str:
    """Typographic quotes and dashes made plain, so news and transcripts spell alike."""
    if sentence.isascii():
        return sentence  # none of them
    # sentence.translate(_QUOTES), each character replaced in one C pass (translate looks up
    # each character of a text that is not ASCII in the table).
    for typographic, plain in _QUOTE_PAIRS:
        if typographic in sentence:
            sentence = sentence.replace(typographic, plain)
    return sentence


_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTES.items())
# ASCII digits as 0, for bytes.translate.
_ASCII_ZEROS = bytes.maketrans(b"123456789", b"000000000")


def shape(token: str) -> str:
    """A token as the word block sees it: figures by shape, words in lower case."""
    first = token[0]
    if first in "$€£":
        return "<money>"
    if first.isdigit():
        if token.endswith("%"):
            return "<pct>"
        if _YEAR.match(token):
            return "<year>"
        if token.endswith("s") and not token.endswith("ss"):
            return "<decade>" if _YEAR.match(token[:-1]) else "<num>"
        if token[-1].isalpha():
            return "<ord>"
        return "<num>"
    return token.lower()


def word_terms(sentence: str) -> list[str]:
    """Unigrams and bigrams of shaped tokens (the word block's analyzer)."""
    words = list(map(_SHAPES.__getitem__, _FAST_TOKEN.findall(normalise(sentence))))
    return words + list(map(" ".join, itertools.pairwise(words)))


class _Shapes(dict[str, str]):
    """token -> shape(token), made on first sight; forgotten all at once past 50,000."""

    def __missing__(self, token: str) -> str:
        if len(self) >= 50_000:
            self.clear()
        value = self[token] = shape(token)
        return value


_SHAPES = _Shapes()


def char_terms(sentence: str) -> list[str]:
    """Character n-grams within space-padded words, digits as ``0`` (the char block's
    analyzer; the same n-grams as scikit-learn's ``char_wb``)."""
    grams: list[str] = []
    for word in char_words(sentence):
        grams.extend(word_char_grams(word))
    return grams


def char_words(sentence: str) -> list[str]:
    """The words whose n-grams char_terms takes: lower case, digits as ``0``."""
    text = normalise(sentence).lower()
    # An ASCII text has no digits but ASCII ones.
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_ZEROS).decode("ascii").split()
    return _DIGIT.sub("0", text).split()


def word_char_grams(word: str) -> list[str]:
    """The n-grams of one word of char_words, space-padded, shortest first."""
    low, high = CHAR_RANGE
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    for n in range(low, high + 1):
        if n > size:
            break
        grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


_I = re.I
CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "figure",
        re.compile(
            r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
            r"thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|third|"
            r"quarter)s?\b",
            _I,
        ),
    ),
    ("percent", re.compile(r"%|\bper ?cent(?:age)?\b", _I)),
    (
        "money",
        re.compile(r"[$€£]|\b(?:dollars?|euros?|pounds|budget|tax(?:es)?|deficit|debt)\b", _I),
    ),
    (
        "comparison",
        re.compile(
            r"\b(?:more|less|fewer|than|most|least|highest|lowest|largest|smallest|record|"
            r"increase[ds]?|decrease[ds]?|rose|risen|fell|fallen|doubled|tripled|grew|grown|"
            r"declined|dropped|jumped|cut|times as)\b",
            _I,
        ),
    ),
    (
        "attribution",
        re.compile(
            r"\b(?:said|says|told|according to|reported|announced|estimated|confirmed|"
            r"stated|shows?|showed|found)\b",
            _I,
        ),
    ),
    ("name", re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")),
    (
        "date",
        re.compile(
            r"\b(?:(?:1[89]|20)\d\d|January|February|March|April|June|July|August|September|"
            r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday|yesterday|last (?:year|week|month)|since)\b"
        ),
    ),
    ("past", re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", _I)),
    ("present_perfect", re.compile(r"\b(?:has|have)(?: not)? (?:\w+ )?\w{3,}(?:ed|en)\b", _I)),
    ("future", re.compile(r"\b(?:will|won't|'ll|going to|plans? to)\b", _I)),
    ("first_person", re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|our|us)\b")),
    ("second_person", re.compile(r"\b(?:you|your|yours|you'll|you're|you've)\b", _I)),
    ("question", re.compile(r"\?\s*[\"')\]]*\s*$")),
    (
        "opinion",
        re.compile(
            r"\b(?:think|believe|feel|hope|should|must|ought|want|wish|need to|wonderful|"
            r"terrible|great|best|worst|awful|amazing|shame|disgrace|love|hate)\b",
            _I,
        ),
    ),
    (
        "hedge",
        re.compile(
            r"\b(?:may|might|could|perhaps|possibly|likely|reportedly|allegedly|appears?|"
            r"seems?|suggests?|about|around|nearly|almost|roughly)\b",
            _I,
        ),
    ),
    (
        "promotion",
        re.compile(
            r"\b(?:subscribe|subscribers?|subscription|sign up|signing up|log in|newsletters?|"
            r"free trial|unlimited access|click here|keep reading|read more|follow us|"
            r"download (?:the|our) app|our (?:app|podcast)|support (?:our|independent) "
            r"journalism|all rights reserved|cookie policy|privacy policy|terms of (?:use|"
            r"service)|delivered (?:to your inbox|every)|inbox)\b",
            _I,
        ),
    ),
)
CUE_NAMES: tuple[str, ...] = (*(name for name, _ in CUES), "length")
# The same patterns, the whole words they name looked up among the sentence's words, the rest
# searched (case-insensitive ones in lower-cased text when that is the same).
_CUES = tuple(WordsOrPattern(pattern) for _, pattern in CUES)


def cue_vector(sentence: str) -> list[float]:
    """0/1 for each cue, then the length in words (scaled to [0, 1], capped at 60 words)."""
    text = normalise(sentence).strip()
    # In printable ASCII text the only space is " ": without two in a row, _SPACE finds none.
    if "  " in text or not (text.isascii() and text.isprintable()):
        text = _SPACE.sub(" ", text)
    lower = caseless_lower(text)
    text_words = words(text)
    lower_words = None if lower is None else words(lower)
    values = [1.0 if cue.search(text, lower, text_words, lower_words) else 0.0 for cue in _CUES]
    values.append(min(len(text.split()), 60) / 60)
    return values


def cue_index(name: str) -> int:
    """The position of a cue in cue_vector."""
    return CUE_NAMES.index(name)
