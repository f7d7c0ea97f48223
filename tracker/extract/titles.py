"""Short readable event titles made from the clause itself: who did what, where — without the
date phrase, the attribution, or the trailing detail that follows the main clause."""

from __future__ import annotations

import re

from tracker.extract.clauses import has_finite_verb
from tracker.extract.nocase import caseless_lower, lowered
from tracker.extract.spans import runs_back
from tracker.load.dateline import dateline_length

MAX_TITLE = 140
_LEADING = re.compile(
    r"^(?:(?:and|but|so|meanwhile|however|also|then|still|instead|in addition|separately|"
    r"therefore|thus|hence|moreover|furthermore|indeed|"
    r"earlier|later|since then|that day|on that day|"
    # "that" opening a reported clause ("that the levee held"), not "that is why"
    r"that(?= (?!(?:is|was|has|had|will|would|could|can|may|might|means|seems|said)\b)"
    r"[a-z]+ [a-z]))\b[,\s]*)+",
    re.I,
)
# A comma followed by one of these words ends the main clause of a headline-like title.
_TRAILING_DETAIL = re.compile(
    r",\s+(?=(?:about|some|roughly|nearly|almost|around|more|less|up|down|double|half|"
    r"which|who|whose|where|when|while|after|"
    r"before|as|including|according|despite|amid|although|though|because|in an?|with|for|"
    r"compared|"
    r"creating|increasing|making|saying|adding|leaving|forcing|bringing|prompting|"
    # ", two days after the ferry sank": what happened before, its own event
    r"(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)|"
    r"[a-z]+ing)\b)"
)
# (What opens a match is read by _TAIL_START: keep the two in step.)
_ATTRIBUTION_TAIL = re.compile(
    r",?\s*(?:according to [^,.;]+|(?:the\s+)?(?:[\w.'’-]+\s+){0,5}"
    # "a police spokeswoman, Rina Wulandari, said"
    r"(?:[\w.'’-]+,\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+)?"
    # not a passive: "the next change will be announced"
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:said|says|told(?: [\w.'’-]+){1,3}|reported|announced|confirmed|showed|show)"
    r"(?:\s+on\s+\w+)?)\s*[.,]?\s*$"
)
# The end of every _ATTRIBUTION_TAIL match that does not go through "according to": the verb
# and what may follow it to the end of the text.
_TAIL_VERB = re.compile(
    r"(?:said|says|told(?: [\w.'’-]+){1,3}|reported|announced|confirmed|showed|show)"
    r"(?:\s+on\s+\w+)?\s*[.,]?\s*$"
)
_ATTRIBUTION_HEAD = re.compile(
    # "Brennholt Foods, the German maker of chocolate bars, said that ...": a name opening
    # the sentence and its apposition; else up to nine words
    r"^(?:(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+(?:the|a|an)\s+[^,;]{1,80},\s+"
    # "Her son, Peter Kamau, said ...": who the speaker is, then the name
    r"|(?:[\w.'’-]+\s+){0,4}[\w.'’-]+,\s+(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}),\s+"
    # ("posted what it said were ...": no speaker of the sentence's own)
    r"|(?!(?:[\w.'’-]+\s+){0,8}?(?:what|which|who)\s)(?:the\s+)?(?:[\w.'’-]+\s+){0,8})"
    # not a passive: "cases were confirmed in Prizren"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:(?:said|says)\s+"
    # "... said on Friday that", "... said in a statement that", "... said on Tuesday it"
    r"(?:(?:(?:on|late|early|last|this|earlier|in)\s+(?:[\w.,]+\s+){1,3}?)?that\s+"
    r"|(?:on|late|early|last|this|earlier)\s+(?:[\w.]+\s+){1,2}?(?=(?:it|they|he|she|we)\s))?"
    # "... announced that": without "that", what is announced is the event ("announced a
    # pay freeze")
    r"|(?:announced|reported|confirmed)\s+"
    r"(?:(?:on|late|early|last|this|earlier|in)\s+(?:[\w.,]+\s+){1,3}?)?that\s+"
    # "... told a news conference that"
    r"|told\s+(?:[\w.'’-]+\s+){1,4}?that\s+)",
    re.I,
)
_DANGLING_PREP = re.compile(
    r"(?:\b(?:(?:shortly|just|soon|right|only|long|well)\s+)?"
    r"(?:(?:until|by|from|before|after|at|on)\s+(?:at\s+least|as\s+early\s+as|no\s+later\s+than|"
    r"about|around|approximately|roughly|nearly|almost|some)\s+|"
    # "could call a snap election (for) as early as May"
    r"(?:(?:for|in|by|on)\s+)?as\s+(?:early|late)\s+as\s+|"
    r"(?:on|in|at|since|by|during|for|from|until|through|throughout|as of|of|over|between|"
    r"after|before|to|into|past)\s+(?:(?:much|most|part|all|some|the\s+rest) of\s+)?(?:the\s+)?"
    # "on the night of", "since the early hours of"
    r"(?:(?:(?:early|late|small)\s+)?(?:hours|morning|afternoon|evening|night|eve)\s+of\s+)?))$",
    re.I,
)


# "At the height of the first wave of the pandemic, hackers crippled ...": a phrase that sets
# the scene before the subject; dropped when it names nothing (no capitalised word) and a
# clause with its own verb follows.
_OPENING_PHRASE = re.compile(
    r"^(?i:at|in|on|during|amid|after|before|following|despite|with|under|for|over|by)\s+"
    r"(?P<phrase>[^,A-Z]{3,80}),\s+(?P<rest>\S+(?:\s+\S+){2,})$"
)
# An aside between commas before the main verb goes on: "President X, who by law cannot run
# again, congratulated ...", "The campaign, backed by UNICEF, will run ...".
_ASIDE = re.compile(
    r",\s+(?:who|whose|which|(?:[a-z]+ed|led|run|held|known)\s+by|a|an|"
    r"(?:built|founded|opened|established|made|set\s+up)\s+in|(?P<the>the))\s"
    r"(?![^,;:]*\b(?:said|says|told|announced|reported|added)\b)[^,;:]*,\s+(?=[a-z])"
    # after "the", the verb must follow: not the next item of a list ("X, the Y, and Z"), a
    # relative or another clause ("the Seanad, the upper house, which ...")
    r"(?(the)(?!(?:and|or|but|nor|which|who|whose|where|when|as|while|after|before|because|"
    r"since|with|including|although|though|if|until)\b))"
)


def _aside_before_the_verb(m: re.Match[str]) -> str:
    """An aside between a subject and its verb goes; a participle phrase after the verb
    ("added 503,300 jobs, helped by a strong start to the season, which ...") stays: it says
    what the rest hangs on."""
    participle = _PARTICIPLE_ASIDE.match(m.group(0)) is not None
    return m.group(0) if participle and has_finite_verb(m.string[: m.start()]) else " "


_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|led|run|held|known)\s+by\s")


_DANGLING_AND = re.compile(r",?\s+(?:and|but|or)$")
_DANGLING_ENDS = (" and", " but", " or")
# "the July-September period", "in August alone": words that go with the date
_STRETCH_NOUN = re.compile(
    r"^(?:period|quarter|season|half|term|window|alone|break|holiday|holidays|recess)\b\s*"
)
_SPACES = re.compile(r"\s+")
_FAST_DANGLING_PREP = lowered(_DANGLING_PREP)
_SAID_NAME_TAIL = re.compile(
    # "..., said Mayor Ivan Kovač of Brežice."
    r"[,\"”’']*\s*(?:said|says|told\s+\w+)\s+(?:[A-Z][\w.'’-]*\s*){1,4}"
    r"(?:(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3})?\.?$"
)
_CAPTION_LEAD = re.compile(r"^\s*(?:photo|caption|pictured)\s*[:|—-]\s*", re.I)
_PHOTO_CREDIT = re.compile(r"\s*\([^()]*\b(?:photo|photograph|picture)\b[^()]*\)", re.I)
# A stock ticker after a company's name: "Halvard Robotics ASA (OSE: HALV)", "(NASDAQ: ACME)"
_TICKER = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,14}\s*:\s*[A-Z0-9.]{1,10}(?:[;,]\s*)?)+\)")


_SUBORDINATE_LEAD = re.compile(
    r"^\s*(?:while|whereas|although|even though|though|after|before|when|once|because|since)\s+",
    re.I,
)


def _side_of_subordinate(
    clause: str, remove: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None]:
    """ "While X happened over the years, Y holds": the part that holds the date phrase — X
    without its conjunction when the date is in it, else the main clause Y."""
    lead = _SUBORDINATE_LEAD.match(clause)
    comma = clause.find(", ", lead.end()) if lead else -1
    while remove is not None and remove[0] <= comma < remove[1]:  # "May 3, 2024" is no break
        comma = clause.find(", ", remove[1])
    if lead is None or comma < 0:
        return clause, remove
    if remove is None and len(clause[comma + 2 :].split()) >= 3:
        # "Since the bridge was closed, traffic has moved slowly": no date in either part,
        # the main clause tells what is reported
        return clause[comma + 2 :], None
    if remove is not None and remove[1] <= comma:
        rest = clause[lead.end() : remove[0]] + clause[remove[1] : comma]
        if len(rest.split()) >= 3:
            return clause[lead.end() : comma], (remove[0] - lead.end(), remove[1] - lead.end())
        return clause[comma + 2 :], None
    if remove is None:
        return clause, remove
    cut = comma + 2
    return clause[cut:], (remove[0] - cut, remove[1] - cut)


_A_NOT_AN = re.compile(r"(?<=\s)an$")
_ATTRIBUTIVE_YEAR = re.compile(r"(?:1[0-9]|20)\d\d\s+[a-z]")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$")


def keeps_its_year(text: str, remove: tuple[int, int]) -> bool:
    """Whether the date phrase to remove is a year that qualifies a noun after a determiner
    ("after the 1989 revolution"), or the subject of the clause ("Only the summer of 2012 saw
    less ice"): it is part of what the title says, and stays."""
    if _ATTRIBUTIVE_YEAR.match(text, remove[0], len(text)) and _DETERMINER_END.search(
        text, max(0, remove[0] - 8), remove[0]
    ):
        return True
    if text[: remove[0]].strip() not in _SUBJECT_OPENERS:
        return False
    verb = _FIRST_WORD.match(text, remove[1])
    return verb is not None and has_finite_verb(verb.group(1))


_SUBJECT_OPENERS = frozenset(("", "Only", "Only the", "Just", "Even", "Even the", "The"))
_FIRST_WORD = re.compile(r" +([a-z]+)\b")


def make_title(clause: str, remove: tuple[int, int] | None = None) -> str:
    """A headline-length title from ``clause``; ``remove`` is a span (relative to the clause)
    of a date phrase to drop along with the preposition that introduces it."""
    text, remove = _side_of_subordinate(clause, remove)
    if remove is not None and keeps_its_year(text, remove):
        remove = None
    if remove is not None and text.startswith(("'s ", "’s "), remove[1]):
        # "in Sunday's first round": "in the first round"
        text = f"{text[: remove[0]].rstrip()} the {text[remove[1] + 3 :]}"
    elif (
        remove is not None
        and _DETERMINER_BEFORE.search(text, 0, remove[0])
        and _NOUN_AFTER.match(text, remove[1])
        and not _STRETCH_NOUN.match(text[remove[1] :].lstrip())  # "the 2023-24 season": all
    ):
        # "won 27 seats in the March 10 election": "in the election"; "missed an Aug. 18
        # deadline": "a deadline"
        before, after = text[: remove[0]].rstrip(), text[remove[1] :].lstrip()
        if after[:1].lower() not in "aeiou" and before.endswith("an"):
            before = _A_NOT_AN.sub("a", before)
        text = f"{before} {after}"
    elif remove is not None:
        start, end = remove
        kept = _cut_dangling_prep(text[:start])
        before = kept.rstrip(" ,")
        after = _STRETCH_NOUN.sub("", text[end:].lstrip(" "))  # "the July-September period"
        # "missed an [Aug. 18] deadline" (without "an" at the end _A_NOT_AN cannot match)
        if after[:1].lower() not in "aeiou" and before.endswith(("an", "an\n")):
            before = _A_NOT_AN.sub("a", before)
        if kept.rstrip().endswith(",") and after.startswith(","):
            after = after[1:].lstrip()  # ", in June 2022,": the date's own commas go with it
        if not before:
            text = after.lstrip(" ,")
        elif after.startswith(","):
            text = before + after  # keep the comma: it may end the main clause
        else:
            text = f"{before} {after}"
    text = text.strip()
    text = _CAPTION_LEAD.sub("", text[dateline_length(text) :])
    if "(" in text:  # else neither can match
        text = _TICKER.sub("", _PHOTO_CREDIT.sub("", text))
    text = text.strip()
    text = _cut_said_name_tail(text)
    text = _cut_attribution_tail(text.strip())
    text = _cut_attribution_head(text)
    text = _LEADING.sub("", text.strip(" ,;:—-\"“”'"))
    text = _drop_opening_phrase(text)
    if ", " in text:  # else _ASIDE cannot match
        text = _ASIDE.sub(_aside_before_the_verb, text)
    colon = text.find(": ")
    if colon >= 25:  # "Governments are hedging their bets: in addition to ..."
        text = text[:colon]
    cut = _TRAILING_DETAIL.search(text)
    if (
        cut
        and _long_enough(text[: cut.start()])
        and not _names_its_parts(text, cut.start())
        # 'The Romanian film "Winter Harvest", about a family ..., won the Golden Lion': not
        # before the verb the title still needs, right after the detail
        and not _verb_after_detail(text, cut.start())
    ):
        text = text[: cut.start()]
    return shorten(text)


# A date between a determiner and its noun qualifies the noun: "the March 10 election".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z])")


_DETAIL_THEN = re.compile(
    r",[^,;]{1,80},\s+(?!(?:which|who|whose|and|but|as|while)\b)(\S+(?:\s+\S+){0,2})"
)


def _verb_after_detail(text: str, at: int) -> bool:
    """Whether the detail at ``at`` is set off by two commas before the verb of a title that
    has none yet: 'The film "Dust", about a miner's family, won ...'."""
    m = _DETAIL_THEN.match(text, at)
    return m is not None and not has_finite_verb(text[:at]) and has_finite_verb(m.group(1))


def _long_enough(head: str) -> bool:
    """Whether what comes before a trailing detail stands as a title: 25 characters, or a
    clause of three words or more with a verb ("Saputra was arrested")."""
    return len(head) >= 25 or (len(head.split()) >= 3 and has_finite_verb(head))


def _names_its_parts(text: str, at: int) -> bool:
    """Whether the detail at ``at`` says what a title without a verb of its own is made of:
    "their takeover of large swaths of territory, including eight regional capitals" keeps
    its figure."""
    return text.startswith(", including ", at) and not has_finite_verb(text[:at])


def _drop_opening_phrase(text: str) -> str:
    """``text`` without a scene-setting phrase that opens it (see _OPENING_PHRASE)."""
    m = _OPENING_PHRASE.match(text)
    if m is None or any(w[:1].isupper() for w in m.group("phrase").split()):
        return text
    rest = m.group("rest")
    return rest if has_finite_verb(rest) else text


def _cut_dangling_prep(text: str) -> str:
    """``_DANGLING_PREP.sub("", text)``: the pattern matches at most once, at the end; it is
    searched in the lower-cased text when that finds the same (nocase.py)."""
    lower = caseless_lower(text)
    if lower is None or _FAST_DANGLING_PREP is None:
        return _cut_tail(_DANGLING_PREP, text, _DANGLING_PREP_RUNS)
    return _cut_tail(_FAST_DANGLING_PREP, lower, _DANGLING_PREP_RUNS, text)


# How many runs of non-space characters a match of _DANGLING_PREP, which ends at the end of
# the text, can reach back over, at most (see _cut_tail): "shortly after much of the" has
# five, six with "as of", eight with "shortly after the early hours of" (padded by one: where a
# match starts in the spaces before a run, the search must start before that run).
_DANGLING_PREP_RUNS = 9
_SAID_VERB = re.compile("sa(?:id|ys)|told")  # the words every _SAID_NAME_TAIL match has
_BEFORE_SAID = frozenset(",\"”’'")


def _cut_said_name_tail(text: str) -> str:
    """``_SAID_NAME_TAIL.sub("", text)``, searched from the first "said", "says" or "told":
    only quotes, commas and spaces can stand before the verb in a match, so none starts
    before those that stand before the first of them (and without one, none at all)."""
    verb = _SAID_VERB.search(text)
    if verb is None:
        return text
    start = verb.start()
    while start and (text[start - 1] in _BEFORE_SAID or text[start - 1].isspace()):
        start -= 1
    m = _SAID_NAME_TAIL.search(text, start)
    return text if m is None else text[: m.start()] + text[m.end() :]


def _cut_tail(pattern: re.Pattern[str], text: str, runs: int, original: str | None = None) -> str:
    """``pattern.sub("", text)`` for a pattern whose matches end at the end of the text (at
    most one, then) and run over at most ``runs - 1`` runs of non-space characters: it is
    searched from ``runs`` runs before the end, not from every character of the text. With
    ``original`` (of which ``text`` is the caseless_lower form), the match is cut from it."""
    m = pattern.search(text, runs_back(text, len(text), runs))
    out = text if original is None else original
    return out if m is None else out[: m.start()] + out[m.end() :]


def _cut_attribution_tail(text: str) -> str:
    """``_ATTRIBUTION_TAIL.sub("", text)``, without trying the pattern at every character.

    A match ends at the end of the text, so there is at most one. Unless it goes through
    "according to", it ends with a _TAIL_VERB match, and between its start and that verb there
    are at most eleven runs of non-space characters (a comma, "the", six words and up to three
    names of an apposition), so it starts no earlier than eleven such runs before the leftmost
    _TAIL_VERB match (a later verb is only further right)."""
    if "according to " in text:
        start = 0
    else:
        # A _TAIL_VERB match ends at the end of the text and runs over at most five runs of
        # non-space characters ("told Reuters on Monday ."): searched from six runs back.
        verb = _TAIL_VERB.search(text, runs_back(text, len(text), 6))
        if verb is None:
            return text
        start = runs_back(text, verb.start(), 12)
    m = _ATTRIBUTION_TAIL.match(text, start) or _TAIL_AT_ITS_START.search(text, start + 1)
    return text if m is None else text[: m.start()] + text[m.end() :]


# Where the first _ATTRIBUTION_TAIL match after a given place can start. At p, a match opens
# with a comma, spaces, or a character of [\w.'’-] ("according", "the", a word, a verb). It
# matches at p - 1 too (so p is not the first place) when p is a space after a space or a
# comma (the comma or one more space is taken first), or a [\w.'’-] character after another
# that opens neither "the", a verb nor "according" (the word it opens is one character longer
# from p - 1). This guard lets the pattern be tried only where neither holds.
_TAIL_START = (
    r"(?:(?=,)|(?<![\s,])(?=\s)|(?<![\w.'’-])(?=[\w.'’-])"
    r"|(?=the|said|says|told|reported|announced|confirmed|show|according))"
)
_TAIL_AT_ITS_START = re.compile(_TAIL_START + _ATTRIBUTION_TAIL.pattern)


# The verbs one of which every _ATTRIBUTION_HEAD match has.
_HEAD_VERBS = ("said", "says", "announced", "reported", "confirmed", "told")


def _cut_attribution_head(text: str) -> str:
    """``_ATTRIBUTION_HEAD.sub("", text)``, not tried when the text has none of its verbs
    (_HEAD_VERBS, looked for in the caseless_lower form of the text, where the pattern's
    IGNORECASE finds its letters: nocase.py)."""
    lower = caseless_lower(text)
    if lower is not None and not any(verb in lower for verb in _HEAD_VERBS):
        return text
    return _ATTRIBUTION_HEAD.sub("", text)


def sayer_for_pronoun(sentence: str, title: str, bare: bool = False) -> str:
    """ "It was investigating" as "The authority was investigating" when the sentence opens
    with "The authority said it ...": the sayer's own words for "it" or "they" (a phrase of
    up to six words; not a bare "the company", whose name events.py puts in, unless ``bare``:
    no name is known)."""
    pronoun = _PRONOUN_OPENING.match(title)
    head = _ATTRIBUTION_HEAD.match(sentence) if pronoun else None
    if pronoun is None or head is None:
        return title
    if not sentence[head.end() :].lower().startswith(pronoun.group(0).lower()):
        return title
    sayer = _SAYER.match(head.group(0))
    if sayer is None or len(sayer.group(1).split()) > 6:
        return title
    if _BARE_NOUN.match(sayer.group(1)) and not bare:
        return title
    return shorten(sayer.group(1) + title[pronoun.end() - 1 :])


_PRONOUN_OPENING = re.compile(r"(?:It|They)\s")
_BARE_NOUN = re.compile(r"[Tt]he\s+[a-z]+$")
# ("The agency has said it will ...": the sayer without the auxiliary)
_SAYER = re.compile(
    r"((?:the\s+|The\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)*?)\s+(?:(?:has|have|had)\s+)?(?:said|says)"
    r"\s+(?!that\b)"
)


_TRIMMED = " ,.;:—-\"“”'"


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """Collapse white space, trim punctuation and a dangling conjunction, cut at a word
    boundary, capitalise."""
    # " ".join(text.split()) is _SPACES.sub(" ", text) but for the spaces at either end,
    # which the strip takes off anyway.
    text = " ".join(text.split())
    body = text.lstrip(_TRIMMED)
    text = body.rstrip(_TRIMMED)
    tail = body[len(text) :]
    # a quotation that ends the title keeps its closing mark: 'calls the move "unilateral"'
    if text.count('"') % 2 and '"' in tail:
        text += '"'
    elif text.count("“") > text.count("”") and "”" in tail:
        text += "”"
    if text.endswith(_DANGLING_ENDS):  # else _DANGLING_AND, with its one space, cannot match
        text = _DANGLING_AND.sub("", text)
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]
