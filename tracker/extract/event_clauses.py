"""Which clause of a sentence a date belongs to: breaks, reported parts, relative and
subordinate clauses, second predicates, and the noun phrase a relative clause is about."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tracker.extract.clauses import clause_spans, finite_verb_pattern, opens_clause
from tracker.extract.cues import without_adverbs
from tracker.extract.datafiles import word_list
from tracker.extract.model import Sentence
from tracker.extract.nocase import Caseless, caseless_lower
from tracker.extract.timex import Timex

_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|—|–|--|\bwhile\b|\bwhereas\b|,\s+(?:although|though|even\s+though)\b)\s*"
)


_BREAK_WORDS = (";", "—", "–", "--", "while", "whereas", "though")


# _CLAUSE_BREAK without the spaces before it, each alternative led by its first character (the
# \b before "while" and "whereas" checked after the "w"), so that re skips to those characters.
_BREAK_AFTER_SPACES = re.compile(
    r"(?:;|—|–|--|w(?<!\w.)(?:hile|hereas)\b|,\s+(?:although|though|even\s+though)\b)\s*"
)


def _clause_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_CLAUSE_BREAK.finditer(text)``, found as _BREAK_AFTER_SPACES matches and
    the spaces before each (back to where the last one ended): _CLAUSE_BREAK tries its leading
    spaces at every character, and no alternative after them starts with a space, so a match
    starts where the spaces before the first place _BREAK_AFTER_SPACES matches start."""
    if not any(w in text for w in _BREAK_WORDS):
        return  # a break has one of _BREAK_WORDS
    pos = 0
    while (m := _BREAK_AFTER_SPACES.search(text, pos)) is not None:
        start = m.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        yield start, m.end()
        pos = m.end()


# ", which jammed on March 12": the dated event is the relative clause's, about its antecedent.
_RELATIVE = re.compile(r",\s+(?:which|who|(?P<whose>whose))\s+")


# Verbs of a happening, which a place does not do.
_HAPPENING_VERB = re.compile(
    r"(?:began|started|ended|opened|closed|resumed|collapsed|stalled|broke\s+down)\b"
)
_AT_A_PLACE_END = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def _happening_before_place(text: str, start: int, end: int, subject: str) -> str:
    """The noun phrase before "in <Place>" when the antecedent found is that place alone."""
    at = _AT_A_PLACE_END.search(text, start, end)
    if at is None or not subject or not subject[:1].isupper():
        return subject
    if not text[at.start() : end].rstrip().endswith(subject):
        return subject
    before = text[start : at.start()].strip()
    if before and len(before.split()) <= 8 and not FINITE_VERB.search(before):
        return before  # the whole subject: "Talks between Ukrainian and Russian delegations"
    return _antecedent(before) or subject


# A second verb of the same subject that reports what it says ("... and said he would ...").
_AND_SAID_VERBS = ("said", "says", "say", "added", "announced", "warned", "told")


_AND_SAID = re.compile(
    r",?\s+and\s+(?:"
    + "|".join(verb + (r"\s+\w+" if verb == "told" else "") for verb in _AND_SAID_VERBS)
    + r")\s+(?:that\s+)?(?=[a-z])"
)


# What a participle of saying or a second "that" reports is an event of its own: "kept the
# rate on Monday, saying inflation had eased in the fourth quarter", "said, adding that the
# hospitals expected to restore most systems by Friday", "... and that he hoped to sign a deal
# before the end of March".
_REPORT_WORDS = ("saying", "adding", "noting", "warning", "arguing", "insisting", "stressing")


_REPORT_BREAK = re.compile(
    r",\s+(?:" + "|".join(_REPORT_WORDS) + r")\s+(?:that\s+)?(?=[a-z\"“A-Z])"
    r"|,?\s+(?:and|but)\s+that\s+"
)


# A second predicate of the same subject: opened by an auxiliary or a modal ("inflation had
# eased in the fourth quarter and could allow cuts in the second half"), or a past verb after
# "and" or a comma when it has a date of its own (see _second_predicate).
_SECOND_PREDICATE = re.compile(
    r",?\s+and\s+(?=(?:could|would|might|may|will|was|were|is|are|has|have|had)\s"
    # "was elected in 1992 and re-elected in 1997, and stepped down in 2002"
    # ("... and in 1998 founded ...": a date of its own may come first)
    r"|(?P<plain>(?:(?:in|on)\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,4}(?:,\s+\d{4})?\s+|later\s+|then\s+)?"
    r"(?:(?:re-)?[a-z]{3,}ed\s+(?!(?:by|with|and|or)\b)|(?:won|lost|left|took|made|"
    r"became|fled|met|held|sent|began|went|came)\s)))"
    # "granted the permits in 2021, revoked them in January 2022, and restored them ..."
    r"|,\s+(?=(?P<listed>[a-z]{3,}ed\s+(?:them|it|him|her|the|a|an|its|their|his)\s))"
)


# Where a reported clause starts: after "that", or a verb of saying with its date.
_SAID_HEAD = re.compile(
    # ("that" opening what is said; not a relative pronoun after a noun: "The company that
    # runs the bridge has paid ... and earned ...")
    r"\b(?:that(?!\s+(?:[a-z]+(?:s|ed)|has|have|had|is|are|was|were|will|would|can|could)\s)|"
    r"(?:said|says|announced|added|warned|told\s+\w+)"
    r"(?:\s+(?:on|late|early|last|this|earlier|in)\s+[\w.,]+)?(?:\s+that)?)\s+"
)


WHEN_AFTER = re.compile(r",\s+when\s+(?=\S)")


FINITE_VERB = finite_verb_pattern()


# A participle clause after a comma, with a date of its own after it (not a noun in -ing:
# ", morning commuters ...").
_PARTICIPLE_BREAK = re.compile(
    r",\s+(?=(?!(?:during|including|according|morning|evening|nothing|something|anything|"
    r"everything|spring|thing|king|wedding|ceiling|housing|"
    # (when the main clause's deed ends or starts: "dug for six weeks, finishing in August")
    r"(?:finishing|ending|culminating)\s+(?:in|on|at|by|with))\b)[a-z]{3,}ing\s)"
)


# A part of a day or a period before "of" and its date: "the early hours of", "the eve of".
_TIME_OF = re.compile(
    r"(?:the\s+)?(?:(?:early|late|small|first|last|final)\s+)?(?:hours?|morning|afternoon|"
    r"evening|night|start|beginning|end|middle|close|eve|weekend|days?|weeks?)\s+of\s+",
    re.I,
)


_HEADING_DASH = re.compile(r"[*_]*\s*(?:—|–|-|\|)\s*(?=\S)")


_ONLY_A_PREPOSITION = re.compile(r"(?:(?:on|at|in|by|early|late|from)\s+)?")


_WHICH_AFTER = re.compile(r",\s+(?:which|that)\s+(?=[a-z])")


_OF_DATE_BEFORE = re.compile(
    r"\b(?P<np>(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+$", re.I
)


# "... after the gates jammed on March 12": the dated event is the subordinate clause's.
SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|until|by\s+the\s+time)\s+(?=\S)"
    # "cut rates on Wednesday, as inflation fell to 2.9% in August"
    r"|,\s+as\s+(?!(?:a|an|well|part|of|much|many|expected|usual|such|soon|long|far|if)\b)(?=\S)"
    # "the largest near Cáceres, where about 1,200 people were evacuated overnight"
    r"|,\s+where\s+(?=\S)"
    # "found a man guilty of murdering two shoppers in June 2023": the deed judged
    r"|\b(?:guilty|convicted|accused|charged|suspected|acquitted|cleared|innocent)\s+of\s+"
    r"(?=[a-z]+ing\b)",
    re.I,
)


_FAST_SUBORDINATE = Caseless(SUBORDINATE)


_NOT_IN_NOUN_PHRASE = re.compile(
    r"^(?:\w{3,}ed|is|are|was|were|has|have|had|said|says|took|met|hit|saw|left|made|won|lost|"
    # present verbs that take an object ("The storm follows Ciaran, which killed ...")
    r"follows|comes|marks|includes|replaces|becomes|joins|faces|succeeds|precedes|exceeds|"
    r"in|on|at|to|for|from|by|with|after|before|over|about|into|against|under|through|during|"
    r"near|outside|inside|across|along|behind|beside|beyond|around|toward|towards|within|"
    r"and|but|will|would|can|could|may|might|must|shall|should|"
    # the particle of a phrasal verb ("have called off a strike that was due ...")
    r"off|up|out|down|back|away)$",
    re.I,
)
_BEFORE_A_VERB = frozenset(
    ("to", "will", "would", "can", "could", "may", "might", "must", "shall", "should")
)


def clause_around(
    sentence: Sentence, start: int, end: int, dates: Sequence[Timex] = ()
) -> tuple[int, str, str]:
    """The clause of the sentence that holds the span [start, end), where it starts, and the
    noun phrase it is about when it is a relative clause ("the gates, which jammed ...")."""
    text = sentence.text
    rel_s, rel_e = start - sentence.start, end - sentence.start
    heading = _HEADING_DASH.match(text, rel_e) if not text[:rel_s].strip("*_ ") else None
    if heading is not None:  # "19:35 — Red Eléctrica says ...": the entry the time heads
        rel_s = rel_e = heading.end()
    c_start, c_end = 0, len(text)
    for break_start, break_end in _clause_breaks(text):
        if break_end <= rel_s:
            c_start = break_end
        elif break_start >= rel_e:
            c_end = break_start
            break
    # Independent clauses joined by ", and" are events of their own (clauses.py).
    if ", " in text or ";" in text:
        for a, b in clause_spans(text):
            if a <= rel_s < b:
                c_start, c_end = max(c_start, a), min(c_end, b)
                break
    colon = text.rfind(": ", c_start, rel_s)
    if colon >= 0 and opens_clause(text[colon + 2 : c_end]):
        # "Investors took it calmly: the bond yield rose only 0.04 points on Thursday"
        c_start = colon + 2
    aside = _subject_aside(text, c_start, c_end, rel_s, rel_e)
    if aside is not None:  # "The law, passed by parliament in April, was due to ...": passed
        a_start, a_end, subject = aside
        return sentence.start + a_start, text[a_start:a_end], subject
    # "the deadliest since July 2023, when 15 people died after a boat sank": the main clause
    # happens after "since" its date; the date's event is the clause "when" opens after it.
    when = WHEN_AFTER.match(text, rel_e)
    if when is not None and text[:rel_s].rstrip().lower().endswith("since"):
        stop = text.find(", ", when.end(), c_end)
        return sentence.start + when.end(), text[when.end() : stop if stop > 0 else c_end], ""
    if when is not None:  # "began on Nov. 28, when X announced ...": X's is an event of its own
        c_end = min(c_end, rel_e)
    # "weakened in the earthquakes of February 2023, which killed 50,000 people": the date
    # is the noun's, and what the relative clause after it tells is the dated event.
    which = _WHICH_AFTER.match(text, rel_e) if " of " in text[max(0, rel_s - 5) : rel_s] else None
    owner = _OF_DATE_BEFORE.search(text, max(0, rel_s - 60), rel_s) if which else None
    if which is not None and owner is not None:
        stop = text.find(", ", which.end(), c_end)
        clause = text[which.end() : stop if stop > 0 else c_end]
        return sentence.start + which.end(), clause, owner.group("np")
    # "... declared an emergency on Tuesday and said he would visit Chala on Wednesday": what
    # the second verb reports is the Wednesday event; the Tuesday one ends before it.
    # Without " and" and one of the verbs, _AND_SAID cannot match.
    if " and" in text and any(verb in text for verb in _AND_SAID_VERBS):
        c_start, c_end = _between_breaks(_AND_SAID, text, c_start, c_end, rel_s, rel_e)
    if reports_apart(text):  # ", saying ...", ", adding that ...", "and that ..."
        c_start, c_end = _between_breaks(_REPORT_BREAK, text, c_start, c_end, rel_s, rel_e)
    for m in _PARTICIPLE_BREAK.finditer(text, c_start, rel_s):
        if ", " in text[m.end() : rel_s] and FINITE_VERB.search(text, c_start, m.start()) is None:
            continue  # "Ford, citing weak demand, cut output on Monday": an aside of the subject
        closing = text.find(", ", m.end(), rel_s)
        if closing >= 0 and _ONLY_A_PREPOSITION.fullmatch(text, closing + 2, rel_s):
            continue  # "issued five warnings, meaning a danger to life, on Wednesday": an aside
        if closing >= 0 and FINITE_VERB.match(text, closing + 2):
            continue  # "a boat that sank, killing 94 migrants, opened in Palermo": an aside
        c_start = m.end()  # "approved it on Thursday, clearing the way for X to ... by June"
    subject = ""
    for m in _RELATIVE.finditer(text, c_start, rel_s):
        if ", " in text[m.end() : rel_s]:
            continue  # the relative clause closed before the date: the date is the main clause's
        subject = _antecedent(text[c_start : m.start()])
        if _HAPPENING_VERB.match(text, m.end()):
            # "Talks between the delegations in Istanbul, which began on Feb. 26": a place does
            # not begin; what happened there did
            subject = _happening_before_place(text, c_start, m.start(), subject)
        if m.group("whose") and subject:  # "Zourabichvili, whose term ends on Dec. 29"
            subject += "’s"
        c_start = m.end()
    if subject:
        # "The fire, which started on July 12 near Vinhais, was ...": the relative clause ends
        # at its closing comma.
        comma = text.find(", ", rel_e, c_end)
        c_end = comma if comma >= 0 else c_end
    else:
        subject, c_start, c_end = _restrictive_relative(text, c_start, c_end, rel_s, rel_e)
    if " and " in text:
        starts = [t.start - sentence.start for t in dates]
        if subject:
            # "Vang, who joined Nordvik in 2016 and became chief executive in 2020": each
            # predicate of the relative clause with its own date, about the same antecedent
            c_start, c_end = _predicate_of(text, c_start, c_end, rel_s, rel_e, starts)
        else:
            subject, c_start, c_end = _second_predicate(text, c_start, c_end, rel_s, rel_e, starts)
    last_sub = None
    lower = caseless_lower(text)
    small = _FAST_SUBORDINATE.fast
    subordinates = (
        SUBORDINATE.finditer(text, c_start, rel_s)
        if lower is None or small is None
        else small.finditer(lower, c_start, rel_s)  # the same spans (nocase.py)
    )
    for m in subordinates:
        last_sub = m
    # Only a clause ("after the gates jammed on ..."), not a date ("after March 12").
    if (
        last_sub is not None
        and last_sub.start() > c_start
        and rel_s - last_sub.end() > 12
        # (a comma inside a figure is none: "where about 1,200 people were evacuated")
        and _CLAUSE_COMMA.search(text, last_sub.end(), rel_s) is None
        # ("since the early hours of Wednesday": a time, no clause)
        and not _TIME_OF.fullmatch(text, last_sub.end(), rel_s)
        # ("until 2030 and to bring it down in early 2031": a date, no clause)
        and not _DATE_FIRST.match(text, last_sub.end())
        # ("last until the summer recess in early July", "before the international break
        # next month": a landmark the main clause is timed by; "after damage in an earlier
        # quake" is a happening of its own)
        and not _landmark(text, last_sub, rel_s)
        # ("A bill that would force makers to keep parts after a product leaves the shelves
        # passed on Monday": the subordinate clause is inside the subject's relative clause,
        # and the main verb comes after it)
        and not _inside_subject_relative(text, c_start, last_sub.start())
    ):
        c_start = last_sub.end()
        # "Vang, who joined in 2016, ... was criticised after the shares lost a third this
        # year": the subordinate clause has a subject of its own
        subject = ""
    return sentence.start + c_start, text[c_start:c_end], subject


# A subject of one to five words and the relative pronoun that opens its relative clause.
# (opened by a capital or a determiner: a subject, not "ending an ordeal that began when")
_SUBJECT_RELATIVE = re.compile(
    r"\s*(?:[A-Z][\w'’-]*|a|an|the|this|these|those|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?P<pron>who|that|which)\s+"
)


def _inside_subject_relative(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a relative clause that the clause starting at ``start`` opens
    its subject with, no comma closing it, no verb before it and no verb after the relative
    clause's own: the main verb is still to come ("Doctors who walked out in February began
    returning on Wednesday after ..." has come to it)."""
    m = _SUBJECT_RELATIVE.match(text, start, at)
    return (
        m is not None
        and "," not in text[start:at]
        and FINITE_VERB.search(text, start, m.start("pron")) is None
        and len(FINITE_VERB.findall(text, m.end(), at)) < 2
    )


def _predicate_of(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int, dates: Sequence[int]
) -> tuple[int, int]:
    """The span of the predicate that holds the date among predicates joined by "and" (see
    _SECOND_PREDICATE), when the others have dates of their own; (c_start, c_end) else."""
    for m in _SECOND_PREDICATE.finditer(text, c_start, c_end):
        if (m.group("plain") or m.group("listed")) and not any(
            m.start() <= d < c_end for d in dates
        ):
            continue
        if m.start() >= rel_e:
            return c_start, m.start()
        if m.end() <= rel_s:
            c_start = m.end()
    return c_start, c_end


_RELATIVE_OPENING_END = re.compile(r",\s+(?:who|which|whose\s+\w+)$")


def _second_predicate(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int, dates: Sequence[int] = ()
) -> tuple[str, int, int]:
    """A clause with two predicates joined by "and" and an auxiliary or a modal: the date's
    predicate alone, and when it is the second, the subject the two share (the words before
    the first predicate's verb, after a "that" opening the reported clause); (subject, start,
    end) with an empty subject when nothing changes."""
    subject = ""
    apposition = NAME_APPOSITION.match(text, c_start, c_end)
    for m in _SECOND_PREDICATE.finditer(text, c_start, c_end):
        if (m.group("plain") or m.group("listed")) and not any(
            m.start() <= d < c_end for d in dates
        ):
            continue  # "arrived and began lowering the water": one event, unless dated apart
        if m.group("listed") and apposition and m.start() < apposition.end() <= m.end():
            continue  # the comma closing the subject's apposition; its verb follows
        if m.start() >= rel_e:
            return subject, c_start, m.start()
        if m.end() > rel_s:
            continue
        if subject:  # a third predicate ("..., and stepped down in 2002"): the same subject
            c_start = m.end()
            continue
        head_start = c_start
        for said in _SAID_HEAD.finditer(text, c_start, m.start()):
            head_start = said.end()  # "Officials said the government would ... and would ..."
        # "Storm Hilde, the eighth named storm of the season, reached ...": the name is the
        # subject, and the verb comes after its apposition
        aside = NAME_APPOSITION.match(text, head_start, m.start())
        verb = FINITE_VERB.search(text, aside.end() if aside else head_start, m.start())
        words = text[head_start : verb.start()].split() if verb else []
        if aside and verb:
            words = aside.group("name").split()
        if not 1 <= len(words) <= 6:
            return "", c_start, c_end
        # "The government first granted ..., revoked ...": not "first revoked"
        subject, c_start = without_adverbs(" ".join(words)), m.end()
        # "Marcel Ciolacu, who had led the polls, came third and conceded ...": the subject
        # before the relative aside whose verb came first
        subject = _RELATIVE_OPENING_END.sub("", subject)
        if subject.endswith(",") and subject.count(",") == 1:
            subject = subject[:-1]  # "The bridge, opened in 1981, ... and reopened": no aside
    return subject, c_start, c_end


# A name and an apposition after it set off by commas ("Storm Hilde, the eighth named storm
# of the season,").
NAME_APPOSITION = re.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+(?:the|a|an)\s+[^,;]{2,80}?,\s+"
)


# A participle phrase set off by commas right after the subject, with its own date ("The law,
# passed by parliament in April and signed in May, was due to ...", "Fjellpak, founded in 1952
# as a paper mill, listed in 2014").
_SUBJECT_ASIDE = re.compile(
    r"(?P<np>(?:[A-Z][\w'’.-]*|the|a|an)(?:\s+[\w'’.-]+){0,7}?),\s+"
    # ("The festival, first held in 2011, was ...")
    r"(?P<part>(?:(?:first|originally|once|later|newly|jointly)\s+)?"
    r"(?:[a-z]{3,}ed|built|born|made|held|led|won|sold|bought|run|set\s+up)\b[^,;]*?),\s+"
)
_AND_PARTICIPLE = re.compile(r"\s+and\s+(?=(?:[a-z]{3,}ed|built|made|held|led|won|sold)\b)")


def _subject_aside(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int
) -> tuple[int, int, str] | None:
    """(start, end, subject) of the participle in an aside after the clause's subject that
    holds the date; of one of two joined by "and" ("passed ... in April and signed ... in
    May"). None when the date is not in such an aside."""
    m = _aside_at(text, c_start, c_end)
    if m is None or not (m.start("part") <= rel_s and rel_e <= m.end("part")):
        return None
    a_start, a_end = m.start("part"), m.end("part")
    for joint in _AND_PARTICIPLE.finditer(text, a_start, a_end):
        if joint.end() <= rel_s:
            a_start = joint.end()
        elif joint.start() >= rel_e:
            a_end = joint.start()
            break
    return a_start, a_end, m.group("np")


def _aside_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """_SUBJECT_ASIDE at ``start``, when what it takes for the subject holds no verb (not
    "Prices rose, peaked in March, and then fell")."""
    m = _SUBJECT_ASIDE.match(text, start, end)
    if m is None or FINITE_VERB.search(m.group("np")) is not None:
        return None
    return m


def in_subject_aside(sentence: Sentence, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` is a participle in an aside after the subject
    (see _subject_aside): what the rest of the sentence names is not its."""
    text, at = sentence.text, clause_start - sentence.start
    starts = [0, *(end for _, end in _clause_breaks(text) if end <= at)]
    return any(
        (m := _aside_at(text, start, len(text))) is not None
        and m.start("part") <= at < m.end("part")
        for start in starts
    )


def inside_part(
    sentence: Sentence, parts: Sequence[tuple[int, int]], clause_start: int, clause: str
) -> bool:
    """Whether the clause starts after the start of the independent clause that holds it
    (a subordinate or relative clause: it has a mood of its own)."""
    at = clause_start - sentence.start
    spans = parts or ((0, len(sentence.text)),)
    return any(a < at < b for a, b in spans)


def after_report(sentence: Sentence, clause_start: int) -> bool:
    """Whether the clause is what a participle of saying reports (it starts right after one)."""
    at = clause_start - sentence.start
    return any(m.end() == at for m in _REPORT_BREAK.finditer(sentence.text))


def _between_breaks(
    breaks: re.Pattern[str], text: str, c_start: int, c_end: int, rel_s: int, rel_e: int
) -> tuple[int, int]:
    """The part of text[c_start:c_end] holding [rel_s, rel_e) between two matches of
    ``breaks`` (start, end)."""
    for m in breaks.finditer(text, c_start, c_end):
        if m.end() <= rel_s:
            c_start = m.end()
        elif m.start() >= rel_e:
            return c_start, m.start()
    return c_start, c_end


def reports_apart(text: str) -> bool:
    """Whether the sentence has a participle of saying or an "and that" after a comma, which
    start what is reported apart from the main clause (see _REPORT_BREAK)."""
    return (
        " and that " in text or " but that " in text or any(w in text for w in _REPORT_WORDS)
    ) and (_REPORT_BREAK.search(text) is not None)


THAT_OPENING = re.compile(r"\s(?:that|which)\s+")
# ... and "who" opening a relative clause with no comma ("Two men who escaped in March")
_RESTRICTIVE_OPENING = re.compile(r"\s(?:that|which|who)\s+")


def _restrictive_relative(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int
) -> tuple[str, int, int]:
    """ "A wildfire that broke out on Saturday near Vinhais had burned ...": when the date is
    in a relative clause of a noun phrase with a determiner, the event is that clause about
    that noun phrase, up to the main clause's verb; (subject, start, end), or ("", c_start,
    c_end) as they were when the date is not in one."""
    found = None
    for m in _RESTRICTIVE_OPENING.finditer(text, c_start, rel_s):
        found = m
    if found is None:
        return "", c_start, c_end
    noun_phrase = _antecedent(text[c_start : found.start()])
    words = noun_phrase.split()
    determiners = word_list("lexicon.yaml", "determiners")
    if (
        not words
        or (
            words[0].lower() not in determiners
            and not (len(words) > 1 and _COUNTED.match(noun_phrase))
        )
        or FINITE_VERB.search(noun_phrase)
    ):
        return "", c_start, c_end  # no noun phrase, or "that" after a verb ("found that")
    if words[-1].lower() in word_list("lexicon.yaml", "content_nouns"):
        return "", c_start, c_end  # "said in a statement that it had ...": what it says
    if _main_verb(text, found.end(), rel_s, after_own_verb=True) is not None:
        return "", c_start, c_end  # the relative clause ended before the date
    own = _BARE_VERB.match(text, found.end())
    if (
        own is not None
        and own.group(1) not in determiners
        and own.group(1) not in _NOT_A_VERB
        and _main_verb(text, own.end(), rel_s, after_own_verb=False) is not None
    ):
        # "The agencies that run the station agreed on Wednesday": a verb the finite-verb
        # list lacks ("run", "make") was the relative clause's own
        return "", c_start, c_end
    end = _main_verb(text, rel_e, c_end, after_own_verb=False)
    return noun_phrase, found.end(), c_end if end is None else end


# A noun phrase of a number of people or things: "Thousands of trainee doctors", "Some 300
# workers", "Two men", "Many residents".
_COUNTED = re.compile(
    r"(?:(?:some|about|around|nearly|more\s+than)\s+)?(?:\d[\d,.]*(?=\s+[a-z])|(?:thousands|hundreds|"
    r"dozens|millions|tens\s+of\s+thousands|many|several|two|three|four|five|six|seven|eight|"
    r"nine|ten|most|all))\b",
    re.I,
)


_LANDMARK_SUBORDINATE = re.compile(r"(?:until|before)\b", re.I)


def _landmark(text: str, sub: re.Match[str], rel_s: int) -> bool:
    """Whether "until"/"before" opens a noun phrase that only times the main clause: no verb,
    no gerund ("before returning to Canberra"), no happening ("before Russia's invasion")."""
    if not _LANDMARK_SUBORDINATE.match(sub.group(0)):
        return False
    phrase = text[sub.end() : rel_s]
    if FINITE_VERB.search(phrase) is not None or re.match(r"[a-z]{3,}ing\b", phrase):
        return False
    happenings = word_list("lexicon.yaml", "event_nouns")
    words = (re.sub(r"['’]s$", "", w.strip(",.;:")).lower() for w in phrase.split())
    return not any(w in happenings for w in words)


_DATE_FIRST = re.compile(
    r"(?:(?:early|late|mid)[\s-]+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_OF_A_NAME = re.compile(
    r"^(?:the|a|an)\s+[a-z]+\s+of\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)$"
)
_BARE_VERB = re.compile(r"\s*([a-z]+)\b")
_NOT_A_VERB = frozenset(
    ("he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "not", "also")
)


def _main_verb(text: str, start: int, end: int, *, after_own_verb: bool) -> int | None:
    """Where a finite verb that is not part of the verb group before it starts in
    text[start:end] (a comma ends the search there too); with ``after_own_verb`` the first
    verb group is the relative clause's own and is passed over."""
    own = after_own_verb
    determiners = word_list("lexicon.yaml", "determiners")
    in_group = word_list("lexicon.yaml", "verb_group_words")
    for m in FINITE_VERB.finditer(text, start, end):
        before = text[start : m.start()]
        if "," in before:
            return start + before.index(",")
        words = before.split()
        previous = words[-1] if words else ""
        if own:
            own = False
            continue
        if previous.lower() in determiners:  # "the evacuated towns": an adjective
            continue
        if previous.lower() in in_group or FINITE_VERB.fullmatch(previous):
            continue
        if previous.lower() == "to":  # "that was due to begin on Friday": an infinitive
            continue
        return m.start()
    if not after_own_verb and "," in text[start:end]:
        return text.index(",", start, end)
    return None


_CLAUSE_COMMA = re.compile(r",(?!\d)")


# A share or count of something before a relative clause: the something is its antecedent.
_SHARE_OF = re.compile(
    r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?\d[\d.,]*(?:%|\s+percent)?\s+of\s+"
    r"((?:the|its|their|this)\s+.+)$"
)


_NOUN_PHRASE_PREPOSITIONS = frozenset(
    ("of", "between", "in", "on", "at", "near", "from", "with", "for", "to", "into", "across")
)


def _antecedent(text: str) -> str:
    """The noun phrase a relative clause hangs on: the last words before it, back to a verb
    or a preposition ("Engineers freed the Tobol dam gates" -> "the Tobol dam gates")."""
    words = text.split()
    kept: list[str] = []
    stop = ""
    determiners = word_list("lexicon.yaml", "determiners")
    last = words[-6:]
    for i in range(len(last) - 1, -1, -1):
        word = last[i]
        if _NOT_IN_NOUN_PHRASE.match(word.strip(",")):
            stop = word.lower()
            break
        kept.insert(0, word)
        before = last[i - 1] if i else ""
        if word in determiners and len(kept) > 1 and before not in _NOUN_PHRASE_PREPOSITIONS:
            # "That summer brought the Mount Corran fire, which ...": the phrase opens here
            # ("the captain of a passenger ferry that ...", "a crossing between the two
            # countries that ...": a preposition before it joins it to the noun before)
            break
    if (
        stop in _BEFORE_A_VERB
        and len(kept) > 1
        and kept[0].islower()
        and kept[0] not in determiners
    ):
        # "raised rates to tame inflation, which ...", "she will meet President Lula, who
        # ...": the word after "to" or a modal is a verb
        kept = kept[1:]
    share = _SHARE_OF.match(" ".join(kept))
    if share is not None:  # "about 85% of the project, which was first proposed": the project
        kept = share.group(1).split()
    of_name = _OF_A_NAME.search(" ".join(kept))
    if of_name is not None:  # "the approval of the European Parliament, which ...": the name
        return of_name.group("name")
    if len(kept) > 1 and kept[-1].isdigit() and kept[-2].endswith(","):
        kept[-2] = kept[-2][:-1]  # "Wanjiru, 29, who won ...": Wanjiru (her age aside)
        kept.pop()
    return " ".join(kept)
