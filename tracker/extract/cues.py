"""Sentence-level cues shared by the event and claim extractors: modality, hedging,
attribution ("X said"), questions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.clauses import finite_verb_pattern
from tracker.extract.datafiles import word_list
from tracker.extract.nocase import Caseless, FirstOf, caseless_lower
from tracker.extract.spans import runs_back

ATTRIBUTION_VERBS = (
    "said|says|say|told|tells|stated|announced|announces|reported|claimed|"
    "estimated|added|noted|warned|warns|confirmed|confirms|insisted|argued|acknowledged|"
    "denied|denies|wrote|according"
)
_ACCORDING = re.compile(
    r"\baccording to (?P<who>.{2,80}?)(?=\s*[,;:]|\.?[\"”]?\s*$|\s+(?:in|on|at|who|which|that)\s)",
    re.I,
)
_WHO_SAID = re.compile(
    rf"\b(?P<who>(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w.'’-]+\s+){{0,7}}?[\w.'’()-]+)\s*,?\s+"
    rf"(?P<verb>{ATTRIBUTION_VERBS})\b",
)
# What follows "reported" when it reports an act, not a saying ("reported a net profit").
REPORTED_OBJECT = r"\s+(?:(?:a|an|its|their|his|her|record|net|higher|lower|strong|weak)\b|\d)"
_REPORTED_OBJECT = re.compile(REPORTED_OBJECT, re.I)
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_CLAUSE_HEAD = re.compile(
    r"^.*\b(?:that|and|but|as|while|because|which|who|when|after|before|since|if|although)\s+"
)
_SPACE_VERB = re.compile(rf"\s(?:{ATTRIBUTION_VERBS})\b")
_SAID_WHO = re.compile(
    r"[,”\"]\s*(?P<verb>said|says|told|added|noted|warned)\s+"
    # "X, ..., said it had", "..., said on Wednesday"
    r"(?!(?:it|he|she|they|we|i|you|this|that|there|them|us|on|in|at|late|early|last)\b)"
    r"(?P<who>(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,4})"
)
# Words that make what "would" happen a condition or a guess, not a plan (both the reported
# future in _FUTURE and _ONLY_WOULD leave a clause with one of them hypothetical).
_CONDITION_WORDS = (
    r"if|unless|whether\s+or\s+not|could|might|may|likely|probably|possibly|supposed|originally|"
    r"prospect|possibility|risk|fears?"
)
_FUTURE = re.compile(
    # ("approved Lufthansa's plan to buy": a noun, what was approved)
    r"\b(?:will|won't|shall|'ll|is to|are to|plans? to(?<!['’]s\splan\sto)(?<!\bthe\splan\sto)"
    # ("ended talks without agreeing on a plan to ease debts": a noun again)
    r"(?<!\ba\splan\sto)"
    # ("a dispute over plans to automate": the noun after a preposition)
    r"(?<!\bover\splans\sto)(?<!\babout\splans\sto)(?<!\bagainst\splans\sto)"
    r"(?<!\bof\splans\sto)(?<!\bfor\splans\sto)(?<!\bon\splans\sto)(?<!\bwith\splans\sto)|"
    r"planned to|planning to|intends? to|"
    # (not a plan that was: "had been set to start on Saturday", _HYPOTHETICAL)
    # (nor a listing: "was scheduled as an ancient monument")
    r"scheduled(?<!had\sbeen\sscheduled)(?!\s+as\b)|expected to(?<!had\sbeen\sexpected\sto)|"
    r"set to(?<!had\sbeen\sset\sto)|going to|aims? to|next (?:week|month|year)|"
    # "are due to vote in June", "is due on Friday"; not "was due to the storm", "is due to
    # heavy rain"
    r"(?:is|are) due (?:to (?=(?:be|vote|meet|start|begin|open|close|hold|sign|take|publish|"
    r"report|return|arrive|decide|rule|visit|travel|present|announce|end|expire)\b)|"
    r"(?:in|on|by|next)\b)|"
    # reported future: "said the heatwave would last until Wednesday" tells a plan or a
    # forecast, not a condition ("said it would leave if ..." stays hypothetical)
    r"(?:said|says|told\s+[\w.'’-]+|announced|added|expects?|expected|predicted|forecast|"
    r"promised|pledged|confirmed)\s+(?:that\s+)?(?:[\w.'’-]+,?\s+){1,8}?would"
    # (a judgement is no plan: "would be a disaster", "would likely hurt")
    r"(?!\s+(?:have|not|never|be\s+able|be\s+(?:a|an|the)|likely|probably|possibly)\b)"
    rf"(?![^.;]*\b(?:{_CONDITION_WORDS})\b))\b",
    re.I,
)
_NEGATION = re.compile(
    # (not "more likely than not", "if not more")
    r"\b(?:not(?<!\bthan\snot)(?<!\bif\snot)|never|no longer|didn't|did not|hasn't|haven't|has not|"
    r"have not|denied|failed to)\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|would|could|might|may|unless|"
    # (not a question an inquiry asks: "opened an investigation into whether the fires were
    # set deliberately", "to determine whether")
    r"(?<!\binto\s)(?<!\babout\s)(?<!\bover\s)(?<!\bof\s)(?<!\bdetermine\s)(?<!\bestablish\s)"
    r"(?<!\bexamine\s)(?<!\bexamining\s)(?<!\binvestigate\s)(?<!\binvestigating\s)"
    r"(?<!\bassess\s)(?<!\bassessing\s)whether|prospect of|possibility|risk of|"
    r"fears? that|"
    # "was supposed to open in 2022": a plan that did not happen
    r"(?:was|were)\s+supposed\s+to|"
    # "was originally due to finish in 2025": a plan that did not hold
    r"(?:was|were)\s+originally\s+(?:due|scheduled|expected|planned|set|meant)|"
    # "The strike had been set to start at 7 a.m. on Saturday" (and was called off), "the
    # launch had been planned for July" (and was postponed)
    r"had\s+been\s+(?:due|scheduled|set|planned|expected)\s+(?:to|for))\b",
    re.I,
)
_HEDGES = re.compile(
    r"\b(?:may|might|could|reportedly|allegedly|apparently|appears? to|appeared to|seems? to|"
    r"is believed|are believed|likely|possibly|probably|suggests?|unconfirmed|it is thought|"
    r"an estimated|estimated)\b",
    re.I,
)

_MOODS = FirstOf([_NEGATION, _FUTURE, _HYPOTHETICAL])
_FAST_HEDGES = Caseless(_HEDGES)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence says a statement comes from, and the verb that says so."""

    who: str
    verb: str
    start: int
    end: int


_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "is", "are", "was", "were"})
# First words of a phrase before "said" that is not who said it ("it", "in a statement").
_NOT_WHO = frozenset(
    [
        "it",
        "this",
        "that",
        "there",
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "for",
        "with",
        "by",
        "while",
    ]
)


@lru_cache(maxsize=2048)
def find_attribution(sentence: str) -> Attribution | None:
    """The source a sentence attributes itself to ("according to X", "X said", "..., said X").
    Cached: the event and the claim extractors both ask about the same sentences."""
    lower = caseless_lower(sentence)
    # Unless its lower case has "according to ", _ACCORDING cannot match (nocase.py).
    if (lower is None or "according to " in lower) and (m := _ACCORDING.search(sentence)):
        who = _SOURCE_TAIL.sub("", m.group("who").strip())
        document = _DOCUMENT_BY.match(who)  # "a report by the audit office": the office
        start = m.start("who") + (document.end() if document else 0)
        who = who[document.end() :] if document else who
        return Attribution(who, "according to", start, start + len(who))
    if m := _SAID_WHO.search(sentence):
        who = m.group("who").strip().rstrip(".")
        return Attribution(who, m.group("verb"), m.start("who"), m.start("who") + len(who))
    for m in _who_said(sentence):
        who = m.group("who").strip()
        if m.group("verb") == "according":
            continue
        if m.group("verb") == "reported" and _REPORTED_OBJECT.match(sentence, m.end()):
            continue  # "Baltic Wings reported a net profit": an act, not a saying
        words = who.split()
        if words and words[-1].lower() in _PASSIVE_AUXILIARIES:
            continue  # "the first case was confirmed": a passive, no one says anything
        while words and words[-1].lower() in _AUXILIARIES:  # "X has said", "X had warned"
            words.pop()
        if words and len(words) < len(who.split()):
            who = who[: who.rfind(words[-1]) + len(words[-1])]
        if not words or words[-1] in ("and", "but"):  # "X ordered an inquiry and said": X
            who = _sentence_subject(sentence[: m.start("verb")]) or ""
            if not who:
                continue
        if (opened := _opened_by_name_and_aside(sentence, m.start("verb"))) is not None:
            # "Luc Roussel, the chief executive and a great-grandson of the founder, said";
            # "The Forth Seabird Trust, the charity that brought the challenge, said": the name
            return Attribution(opened.group(1), m.group("verb"), opened.start(1), opened.end(1))
        if _AGE.fullmatch(who):
            # "Carvalho, 58, said ...": the age set off after the name
            named = _NAME_BEFORE_ASIDE.search(sentence, 0, m.start("who"))
            if named is not None:
                return Attribution(named.group(1), m.group("verb"), named.start(1), named.end(1))
            continue
        aside = _ASIDE_OPENING.search(sentence, 0, m.start("who"))
        if (words and words[0].lower() in ("which", "who")) or aside is not None:
            # "Drinks Ireland, which represents manufacturers, said": the name before; "The
            # company, which makes a fifth of the pills sold in Britain, said": the noun
            before = aside.start() + 1 if aside is not None else m.start("who")
            named = _NAME_BEFORE_ASIDE.search(sentence, 0, before) or _NOUN_BEFORE_ASIDE.match(
                sentence, 0, before
            )
            if named is not None:
                who = named.group(1)
                return Attribution(who, m.group("verb"), named.start(1), named.end(1))
        who = _LEADING_CLOCK.sub("", without_adverbs(_cut_clause_head(who)))
        if who and who.split()[0].lower() not in _NOT_WHO:
            at = m.group("who").find(who)
            start = m.start("who") + at if at >= 0 else sentence.find(who)
            named = _OPENING_NAME.fullmatch(sentence, 0, start)
            if named is not None and _APPOSITION_START.match(who):
                # "Hexa Logistik, Germany's second-largest freight forwarder, said": the name
                return Attribution(named.group(1), m.group("verb"), named.start(1), named.end(1))
            return Attribution(who, m.group("verb"), start, start + len(who))
    if any(f", {word} " in sentence for word in ("saying", "adding")):
        # "The bank held its rate, saying inflation had eased": the subject says it
        who = _sentence_subject(sentence) or ""
        if who and who.split()[0].lower() not in _NOT_WHO:
            start = sentence.find(who)
            return Attribution(who, "saying", start, start + len(who))
    return None


# A live report's entry time before the speaker ("14:30 Network Rail says"): not who.
_LEADING_CLOCK = re.compile(r"^(?:\d{1,2}[:.])?\d\d\s+(?=[A-Z])")
# (an adjective of a country may follow: "Brightwave, the Dutch maker of network equipment,")
_APPOSITION_START = re.compile(r"(?:the|a|an|its|[A-Z][\w.-]*['’]s)\s+[A-Za-z]")
_OPENING_NAME = re.compile(r"\s*((?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*),\s+")
_NAME_BEFORE_ASIDE = re.compile(r"((?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*),\s*$")
_NOUN_BEFORE_ASIDE = re.compile(
    r"((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s*$"
)
_AGE = re.compile(r"\d{1,3}")
# (the relative clause may be longer than a speaker's words: "which makes about a fifth of")
_ASIDE_OPENING = re.compile(r",\s+(?:which|who)\s+[^,;]*$")
# A name's "and" ("the Cyber and Information Security Agency") is no clause joint.
_NAME_AND = re.compile(r"\b([A-Z][\w.'’-]*) and (?=[A-Z])")


def _opened_by_name_and_aside(sentence: str, verb: int) -> re.Match[str] | None:
    """The match of the name that opens ``sentence`` when all between it and the verb at
    ``verb`` is one aside set off by commas that opens as an apposition does ("Luc Roussel,
    the chief executive and a great-grandson of the founder, said"), else None."""
    named = _OPENING_NAME.match(sentence)
    if named is None or named.end() >= verb or not _APPOSITION_START.match(sentence, named.end()):
        return None
    aside = sentence[named.end() : verb].rstrip()
    if not aside.endswith(",") or "," in aside[:-1] or len(aside.split()) > 16:
        return None
    return named


def _cut_clause_head(who: str) -> str:
    """``who`` after the last word that opens a clause (_CLAUSE_HEAD), an "and" between two
    capitalised words excepted."""
    protected = _NAME_AND.sub(lambda m: m.group(1) + " \x00 ", who)
    return _CLAUSE_HEAD.sub("", protected).replace(" \x00 ", " and ")


# What follows the source in "according to a report ... published last month".
_SOURCE_TAIL = re.compile(r"\s+(?:published|released|issued|seen|obtained|cited|quoted)\b.*$")
_DOCUMENT_BY = re.compile(
    r"^(?:a|an|the)\s+(?:(?:new|recent|latest|draft|annual|internal|confidential)\s+)?"
    r"(?:report|statement|study|survey|analysis|assessment|review|audit|letter|memo)\s+"
    r"(?:by|from|of)\s+(?=\S)",
    re.I,
)


def _sentence_subject(text: str) -> str | None:
    """The words before the first finite verb of ``text`` when they look like a subject (one
    to six words, the first capitalised), else None."""
    verb = finite_verb_pattern().search(text)
    head = text[: verb.start()] if verb else ""
    words = head.split(", ")[0].split()  # "President X, whose term ends ..., has said": X
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return None
    return " ".join(words)


# "The unit provisionally": an adverb of manner before the verb (not "the assembly")
_MANNER_ADVERB = re.compile(
    r"(?!(?:assembly|monopoly|family|supply|anomaly|butterfly|homily|rally)\b)[a-z]{4,}ly"
)


def without_adverbs(who: str) -> str:
    """``who`` without the adverbs that stand around it before the verb ("The company now",
    "Now he")."""
    adverbs = word_list("lexicon.yaml", "adverbs_before_verb")
    words = who.split()
    while len(words) > 1 and (
        words[-1].lower().strip(",") in adverbs or _MANNER_ADVERB.fullmatch(words[-1]) is not None
    ):
        words.pop()
    while len(words) > 1 and words[0].lower().strip(",") in adverbs:
        words.pop(0)
    if not words:
        return who
    start = who.find(words[0])
    end = who.rfind(words[-1]) + len(words[-1])
    return who[start:end]


def _who_said(sentence: str) -> Iterator[re.Match[str]]:
    """``_WHO_SAID.finditer(sentence)``, trying the pattern only near its verbs: a match ends
    with a space and a verb, and before that has at most ten runs of non-space characters
    (an article, eight words, a comma), so it starts no earlier than eleven runs before the
    first verb after where the last match ended."""
    pos = 0
    while (verb := _SPACE_VERB.search(sentence, pos)) is not None:
        m = _WHO_SAID.search(sentence, max(pos, runs_back(sentence, verb.start() + 1, 11)))
        if m is None:
            return
        yield m
        pos = m.end()


# "May" inside a sentence is the month ("stood at 5.1% in May"), not the modal verb.
_MONTH_MAY = re.compile(r"(?:(?<=[^\s.!?\"“] )|(?<=-))May\b")  # "in May", "mid-May"


def _without_month_may(sentence: str) -> str:
    return _MONTH_MAY.sub("Mai", sentence) if "May" in sentence else sentence


def modality(sentence: str, attributed: bool) -> str:
    """asserted, reported, planned, negated or hypothetical, judged from cue words."""
    sentence = _FEARED.sub("", _without_month_may(sentence))
    if _OPENING_CONDITION.match(sentence):
        return "hypothetical"  # "If no candidate wins 40%, the top two will meet in a runoff"
    n = _MOODS.index(sentence, caseless_lower(sentence))
    if n == 2 and attributed and _ONLY_WOULD.search(sentence):
        return "planned"  # what a report says "would" happen: "... and would report by June"
    if n == 1 and _MAY_HAPPEN.search(sentence) and not _PLAN_WORD.search(sentence):
        return "hypothetical"  # "the chip could lower costs from next year": a guess
    if n is not None:
        return ("negated", "planned", "hypothetical")[n]
    return "reported" if attributed else "asserted"


# What was feared, given as the reason for a deed: not the deed's mood ("ordered them out on
# Monday over fears that the dam would burst" tells an order that was given).
_FEARED = re.compile(
    r"\b(?:over|amid)\s+(?:(?:growing|renewed)\s+)?fears?\s+(?:that|of)\b[^,;]*", re.I
)
# A modal of what may happen, and the words that make a future a plan rather than a guess:
# when only a date to come ("next year") says future, "could" makes it a guess.
_MAY_HAPPEN = re.compile(r"\b(?:could|might|may)\s+(?!not\b|have\b)[a-z]")
_PLAN_WORD = re.compile(
    r"\b(?:will|won't|shall|'ll|would|plans?|planned|planning|intends?|scheduled|expected|set\s+to|"
    r"going\s+to|aims?|due|is\s+to|are\s+to)\b",
    re.I,
)
# A condition opening the sentence: what its main clause tells may not happen.
_OPENING_CONDITION = re.compile(r"\W*(?:If|Unless|Should\s+(?:the|a|an|no)\s)\b")
# A clause whose only mark of a condition is a bare "would" (no "if", "could", "might" ...).
_ONLY_WOULD = re.compile(
    rf"^(?![\s\S]*\b(?:{_CONDITION_WORDS})\b)[\s\S]*\bwould\b"
    r"(?!\s+(?:have|not|never|be\s+(?:a|an|the)|likely|probably|possibly)\b)",
    re.I,
)


def is_hedged(sentence: str) -> bool:
    """Whether the sentence softens what it states (may, reportedly, appears to...)."""
    sentence = _without_month_may(sentence)
    return _FAST_HEDGES.search(sentence, caseless_lower(sentence))


def is_question(sentence: str) -> bool:
    """A question asks rather than asserts."""
    return sentence.rstrip("\"'”’) ").endswith("?")
