"""What a relative expression is resolved against: the document's creation time (DCT), the
tense of its sentence, and the last explicit date of the narrative."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tracker.extract.datafiles import word_list
from tracker.extract.spans import ends_with_word
from tracker.extract.wordscan import WordScanner

# Tense cues. The cue nearest to the expression decides: in "said Friday that he would
# resign" the Friday is the past one, in "will meet on Friday" the coming one.
# A participle after "be", "is", "been"... is passive, not past: "will be paid in January";
# after "remain" or "stay" it is an adjective: "will remain closed until Monday".
_NOT_PASSIVE = (
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?<!\bremain\s)(?<!\bremains\s)(?<!\bstay\s)(?<!\bstays\s)"
)
_CUES = re.compile(
    r"\b(?:"
    # a plan that was due and is now over: "had been scheduled to expire Friday"
    r"(?P<pluperfect>had\s+been\s+(?:due|scheduled|expected|set|slated|planned)"
    r"(?:\s+to\s+[a-z]+|\s+for)?)"
    r"|(?P<future>will|won't|wo\s+n't|shall|is\s+to|are\s+to|"
    # (not the noun: "approved Halden's plan to buy")
    r"(?<!['’]s\s)(?<!\bthe\s)plans?\s+to|planning\s+to|"
    # "groups plan a rally on Saturday"
    r"(?<!\bthe\s)(?<!\ba\s)plan\s+(?:a|an)(?=\s+[a-z])|plans\s+(?:a|an)(?=\s+[a-z])|"
    # (not "was scheduled as an ancient monument": listed)
    r"intends?\s+to|(?:is|are|was|were)\s+(?:scheduled(?!\s+as\b)|expected|due|set|slated)|"
    r"scheduled\s+(?:to|for)|set\s+(?:to|for)|due\s+to|going\s+to|aims?\s+to|"
    # "expect(s) the heat wave to last until Thursday"
    r"(?:expects?|expected|forecasts?)\s+(?:[\w'’-]+\s+){0,4}?to(?=\s+[a-z])|"
    # "Forecasters expect more rain on Thursday": what they expect now is to come
    # (not the perfect: "faster than it had forecast in December" was forecast then)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)"
    r"(?-i:expect|expects|forecast|predict|predicts|anticipate)(?=\s+(?-i:[a-z]))|"
    # what a standing warning is of is still to come: "has warned of more rain on Saturday"
    # (not "warned of delays on Monday": the day of the warning)
    r"(?:has|have)\s+warned\s+of|warns\s+of|"
    # a duty, a slot pencilled in: "must report back by 10 November" (not "must have")
    r"must(?!\s+(?:have|not\s+have)\b)|pencil(?:l)?ed\s+in|"
    r"(?:hopes?|hoped)\s+to|would(?!\s+have)|should(?!\s+(?:have|not\s+have)\b)|(?:could|might)(?!\s+(?:not|have|be)\b)|payable|effective|expires?|upcoming|"
    # (not "over the next 24 hours": counted from a time the sentence tells, past or not)
    r"(?<!\bthe\s)next|scheduled(?!\s+as\b)|"
    r"planned\s+(?:to|for)|as\s+(?:soon|early)\s+as|likely\s+to|'ll|"
    # "said further cuts were possible in the fourth quarter": what may still come
    r"(?:is|are|was|were)\s+(?:possible|likely)(?!\s+(?:that|because|to\s+have|[a-z]+ed)\b)|"
    # "with some relief possible on Friday", "more rain likely from Sunday"
    r"(?:possible|likely)(?=\s+(?:on|from|by|next|this|later|over)\s)|"
    # a put-off plan: "postponed the vote until Tuesday", "extended its deadline to Friday"
    # ("the slide extended to a fifth day Tuesday" is no plan: "to" only after the plan named)
    r"(?:postponed|delayed|deferred|adjourned|recessed|extended|put\s+off)"
    r"(?:\s+(?:its|the|their|his|her|a)\s+(?:deadline|decision|vote|hearing|meeting|talks|"
    r"action|session|trial)\s+(?:until|till|to)|\s+(?:until|till))|"
    # a scheduling verb in the present tense names a plan: "the panel meets Monday"
    r"(?<!\bto\s)meets?(?!\s+(?:the\s+|its\s+|their\s+)?(?:demand|needs?|expectations?|"
    r"requirements?|standards?|criteria|goals?|targets?|deadlines?|obligations?|costs?)\b)|"
    r"convenes?|reconvenes?|opens|resumes|begins|(?<!\bthe\s)(?<!\ba\s)(?-i:ends|concludes)|"
    # what a calendar lists in the present: "Tuesday: the central bank announces its rate
    # decision", "Friday: the Labor Department publishes payrolls"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bwhat\s)"
    r"(?-i:announces|publishes|unveils|delivers|decides)"
    r"(?=\s+(?:on|its|their|his|her|the|a|an|whether)\b|\s+(?-i:[A-Z]))|"
    # "Preorders open on Friday", "talks resume next week": a plan in the present plural
    r"(?<!\bthe\s)(?<!\bat\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    # (lower case: not "won the French Open on Sunday")
    # ("Ajax begin their pre-season training camp in Austria on Monday": an object between)
    r"(?-i:open|close|resume|begin|start)(?=\s+(?:on|next|this|from)\b|"
    r"\s+(?:their|its|his|her|the|a|an)\s+[^.;,]{1,50}?\s(?:on|next|this)\s)|"
    # (not the nouns "votes", "returns", "travels", "housing starts")
    r"(?<!housing\s)(?<!false\s)(?<!and\s)starts|arrives|leaves|testifies|"
    r"heads\s+(?:to|for|back)|takes\s+office|"
    # what one can or may do from a day on is still to come: "Residents can begin returning
    # home on Wednesday" (not "May" the month: lower case, a verb after it)
    r"(?-i:can|may)(?!\s+(?:not|have|be\s+seen|and|or)\b)(?=\s+(?-i:[a-z]{3,}))|"
    # a measure called for a coming time: "called a nationwide strike from Wednesday",
    # "announced a curfew starting on Friday"
    r"(?:called|announced|declared|planned|scheduled|set)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:strike|walkout|stoppage|shutdown|closure|lockdown|curfew|holiday|"
    r"ceasefire|truce|vote|referendum|election|meeting|summit|rally|protest|march|boycott)s?"
    r"\s+(?:from|starting|beginning)(?:\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+on)?|"
    # "have called for a nationwide strike on Wednesday": what is called for is to come
    r"(?:called|calling|calls|call)\s+for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:strike|"
    r"walkout|stoppage|shutdown|boycott|vote|referendum|election|rally|protest|march|"
    r"demonstration|ceasefire|truce|meeting|summit)s?\s+(?=on\b|from\b|next\b|this\b)|"
    # a fixture or a visit in the present: "Slavia host Ostrava on Wednesday", "the minister
    # visits Hanoi on Monday" (a name follows)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bto\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bdid\s)"
    r"(?:hosts?|faces?|plays?|visits|travels?\s+to)(?=\s+(?-i:[A-Z]))|"
    # "the race faces its first mountain test on Saturday", "riders have a rest day on
    # Monday", "the vote takes place on Sunday": a schedule told in the present
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bto\s)(?:hosts?|faces?|plays?)(?=\s+(?:its|their|a|an)\s)|"
    r"(?:has|have)\s+(?:a|an|its|their)\s+(?:rest\s+day|day\s+off|bye)|"
    r"(?<!\bto\s)takes?\s+place|"
    # "Tickets go on sale at 10 a.m. on Monday"
    r"(?<!\bwent\s)(?-i:go|goes)\s+on\s+sale)"
    r"|(?P<past>was|were|had|did|said|says|told|reported|announced|ago|earlier|since|"
    # "last" the verb is no past: "would last until Wednesday", "to last into June"; nor
    # the adjective: "with the last trains leaving at 8 p.m."
    r"(?<!\bto\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bshould\s)(?<!\bcan\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)last(?!\s+(?:until|till|through|into|for|beyond)\b)"
    r"|" + _NOT_PASSIVE + r"(?:began|came|went|took|gave|made|met|held|left|won|lost|fell|"
    r"rose|ran|saw|spoke|sent|brought|bought|sold|paid|found|thought|became|fought|struck|"
    r"stood|kept|led|wrote|knew|grew|drew|threw|flew|chose|broke|froze|stole|woke|rode|shot|"
    r"fled|sought|caught|taught|built|spent|felt|heard|got|"
    # (past forms too short for the participle pattern below)
    r"sued|died|tied|owed|eyed|hid|bid|dug|hung|swore|wore|tore|bore|"
    # a past the same as the present, lower case, after no modal, "to", "did" or article, nor
    # a noun it is one with ("The company cut 900 jobs in March"; not "will cut", "a tax cut")
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)"
    r"(?<!\bnot\s)(?<!n't\s)(?<!\ba\s)(?<!\bthe\s)(?<!\btax\s)(?<!\brate\s)(?<!\bprice\s)"
    r"(?<!\bjob\s)(?<!\bpay\s)(?<!\bbudget\s)(?<!\bpower\s)(?<!\bbig\s)(?<!\bdeep\s)"
    r"(?<!\bnext\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bany\s)(?<!\bfurther\s)(?<!\bnew\s)(?<!-)"
    r"(?-i:cut|hit|shut|quit|split|spread|hurt|shed|set)(?!\s+(?:to|for|by|of|in\s+(?:interest|rates?|taxes|prices|spending))\b)))"
    # a participle (weak, but measured as good as the rest); lower case: not "United"
    # (not an adjective after "a": "run a reduced timetable on Friday")
    r"|(?P<weak>"
    + _NOT_PASSIVE
    + r"(?<!\ba\s)(?<!\ban\s)(?-i:(?!(?:hundred|indeed|speed|proceed|succeed|exceed|"
    r"breed|greed|kindred|sacred|naked|wicked|rugged|ragged|wretched)\b)[a-z]{3,}ed))"
    r")\b",
    re.I,
)
# Tried only at the words that can start a cue (a cue word, or a lower-case word in -ed).
_CUE_SCAN = WordScanner(_CUES, other_endings=("ed",))
# The verb an expression goes with mostly comes before it ("will double its flights by
# August in markets untouched by..."): a cue after the expression counts as this much farther.
AFTER_WEIGHT = 3
# Between an expression and a cue after it, these start another clause: its verb is not the
# expression's ("said he would visit the site on Wednesday and declared an emergency").
_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|while|whereas|as|after|before|when)\s", re.I)
# A period that ends no sentence: "from 2 a.m. on Wednesday", "the Roe vs. Wade ruling",
# "Gov. Bush": a time of day, "versus", or a title before a name.
_NOT_AN_END = r"\b(?:[ap]\.m|vs|Mr|Mrs|Ms|Dr|Gov|Gen|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|St)\."
_NO_END = re.compile(_NOT_AN_END + "$")
_BOUNDARY = re.compile(
    r"(?:\.(?<!\bvs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bGov\.)(?<!\bGen\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bProf\.)"
    r"(?<!\bRev\.)(?<!\bSt\.)"
    # ("the U.S. Labor Department": an abbreviation before a name goes on)
    r"(?<!\bU\.S\.)(?<!\bU\.K\.)(?<!\bU\.N\.)(?<!\bE\.U\.)|[!?])\s+(?=[A-Z\"“`'])|\n\s*\n"
)


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a normaliser may look at besides the match itself. The tense of the
    sentence and whether a past verb dates the event (see tense_and_event) are worked out
    only if a normaliser asks (``tense``, ``past_event``): most expressions ("March 3, 2024",
    "three years") do not."""

    dct: date | None
    probe: Callable[[], tuple[str | None, bool]]  # (tense, past event), asked on first need
    anchor: date | None  # the last explicit day of the narrative before the expression
    day_first: bool = False
    last_value: str | None = None  # the value of the previous date expression
    last_quarter: str | None = None  # the last quarter (YYYY-Qn) the document spoke of
    left: str = ""  # the text just before the expression (a few words)
    right: str = ""  # the text just after it
    coarse_anchor: tuple[date, str] | None = None  # a month or year named after the last day
    since: bool = False  # "since March": the expression is surely not after the DCT
    # the last explicit day named before the expression that is not after the DCT
    past_anchor: date | None = None
    # the last explicit day named before the expression that is before the DCT
    earlier_anchor: date | None = None
    night: bool = False  # the narrative's day was named as a night ("late on Monday night")
    southern: bool = False  # the story is set south of the equator: its summer is December's
    wide_left: str = ""  # more of the text before the expression (a clause or so)
    # the text of its sentence before the expression, worked out if a normaliser asks
    sentence_before: Callable[[], str] = lambda: ""
    _probed: list[tuple[str | None, bool]] = field(default_factory=list, repr=False)

    @property
    def tense(self) -> str | None:
        """ "past", "future" or None."""
        return self._probe()[0]

    @property
    def past_event(self) -> bool:
        """Whether a past verb says the event itself happened then (see tense_and_event)."""
        return self._probe()[1]

    def _probe(self) -> tuple[str | None, bool]:
        if not self._probed:
            self._probed.append(self.probe())
        return self._probed[0]


def fixed(tense: str | None, past_event: bool = False) -> Callable[[], tuple[str | None, bool]]:
    """A probe that knows the answer already."""
    return lambda: (tense, past_event)


_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")


# "... leaving at 8 p.m. Several airports warned ...": a time's period ends its sentence when
# a capitalised word follows that is no day, month or time zone ("8 p.m. Tuesday", "p.m. EST")
_AFTER_TIME_END = re.compile(
    r"\s+(?=[A-Z\"“])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|[A-Z]{2,4}\b|Local\b|"
    # ("9 a.m. Eastern", "noon Moscow time", "5 p.m. Today")
    r"(?:Eastern|Central|Pacific|Mountain|Atlantic|Moscow|Beijing|Today|Tomorrow|Yesterday)\b)"
)
_TIME_DOT = re.compile(r"\b[ap]\.m\.$")


def time_ends_sentence(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes "a.m."/"p.m." and its sentence too."""
    return bool(_TIME_DOT.search(text, max(0, dot - 4), dot + 1)) and bool(
        _AFTER_TIME_END.match(text, dot + 1)
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(first, last) offsets of the sentence holding text[start:end] (cheap: looks for the
    nearest boundaries). The last ". ", blank line or "? " before ``start``: each looked for
    only after the last of the others found (a rare one, looked for back to the start of the
    text, would make every call read the whole text before it)."""
    left = text.rfind(". ", 0, start)
    while (
        left > 0
        and (
            (
                _NO_END.search(text, max(0, left - 5), left + 1)
                and not time_ends_sentence(text, left)
            )
            # ("Aug. 18: ...": a month's abbreviation before its day)
            or (
                text[left + 2 : left + 3].isdigit()
                and _MONTH_ABBREVIATION.search(text, max(0, left - 5), left) is not None
            )
        )
    ):
        left = text.rfind(". ", 0, left)  # "from 2 a.m. on Wednesday": no sentence ends there
    left = max(left, text.rfind("\n\n", max(left, 0), start))
    left = max(left, text.rfind("? ", max(left, 0), start))
    m = _BOUNDARY.search(text, end)
    right = m.start() + 1 if m else len(text)
    if end > start and text[end - 1] == "." and time_ends_sentence(text, end - 1):
        right = end  # "... leaving at 8 p.m. Several airports ...": ends with the time
    return left + 1, right


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]."""
    first, last = sentence_bounds(text, start, end)
    return text[first:last]


_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


# A day or month that is the predicate of "is" is yet to come: "the vote is Tuesday", "the
# election is in March" (a plan; what was is told with "was").
_IS_PREDICATE = re.compile(r"\b(?:is|are)\s+(?:(?:on|in|set\s+for|slated\s+for|due)\s+)?$", re.I)


def is_predicate(text: str, start: int) -> bool:
    """Whether the expression at ``start`` follows "is" or "are" ("the vote is Tuesday")."""
    words = ("is", "are", "on", "in", "for", "due")  # (those a match can end with)
    if not ends_with_word(text, words, max(0, start - 24), start, caseless=True):
        return False
    return bool(_IS_PREDICATE.search(text, max(0, start - 24), start))


def after_since(text: str, start: int) -> bool:
    """Whether "since" introduces the expression at ``start`` ("since March", "since early
    May"): what it names has begun, whatever the tense of the sentence."""
    return bool(_SINCE.search(text, max(0, start - 16), start))


def tense_and_event(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """(tense, past event) of text[start:end], in one pass over its sentence. The tense is
    future when the sentence speaks of what is to come, past when of what was, else None:
    the tense cue nearest to the expression (the expression itself left out, so that "last
    week" does not make its sentence past; a cue after it counts AFTER_WEIGHT times its
    distance). A past event: see past_event."""
    first, last = sentence_bounds(text, start, end)
    before = None
    planned = False  # a future cue before the expression
    for m in _CUE_SCAN.finditer(text, first, start):
        if planned and before is not None and _RELATIVE_WORD.search(text, before.end(), m.start()):
            planned = False  # "would return, helped by a plant that started ...": its own verb
        before = m  # the last cue before the expression
        planned = planned or m.group("future") is not None
    after = _CUE_SCAN.search(text, end, last)  # the first one after it
    if after is not None and before is not None and _CLAUSE_BREAK.search(text, end, after.start()):
        after = None  # "... would visit the site on Wednesday and declared ...": another clause
    cue = before
    if after is not None and (
        before is None or AFTER_WEIGHT * (after.start() - end) < start - before.end()
    ):
        cue = after  # on a tie the verb before wins
    if cue is after and before is not None and _reduced_relative(text, before, start):
        cue = before  # "a mediator appointed by the ministry in January will try ..."
    window = text[max(first, start - 60) : start]
    # (every match has "after", whose letters IGNORECASE takes for no other character)
    if "after" in window.lower() and _AFTER_DOING.search(text, max(first, start - 60), start):
        return "past", False  # "is expected to hold rates after cutting them in August"
    if _CLOSING_PRICE.search(window):
        return "past", False  # "a 38% premium to the closing price on Monday"
    if cue is None:
        return None, False
    if cue.group("future"):
        return "future", False
    if (
        planned
        and cue is before
        and cue.group("past")
        and cue.group(0).lower() in _PARTICIPLES
        and _PLURAL_NOUN_END.search(text, max(first, cue.start() - 24), cue.start())
        and _PHRASE_TO_DATE.fullmatch(text, cue.end(), start)
        # (not after a subordinator: "after talks on pay broke down late on Tuesday")
        and not _SUBORDINATOR_BEFORE.search(text, max(first, cue.start() - 60), cue.start())
    ):
        # "Residents will see the higher rate on bills sent in December": a participle about
        # the noun before it, in a sentence about what is to come
        return "future", False
    if (
        planned
        and cue is before
        and not cue.group("future")
        and _ATTRIBUTIVE_BEFORE.search(text, max(first, cue.start() - 12), cue.start())
    ):
        # "would ban it from both checked and cabin baggage from Thursday": a participle
        # after a determiner qualifies a noun; the sentence is still about what is to come
        return "future", False
    return "past", not planned and _dates_the_event(text, cue, first, start, end)


# A determiner right before a past form: the form qualifies the noun after it ("the
# revised plan", "both checked and cabin baggage").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|both|all|every|each|any|no|these|those)\s+$", re.I
)


# Past forms that are participles too, and words that open a clause with a verb of its own.
_PARTICIPLES = frozenset(
    [
        "sent",
        "made",
        "built",
        "held",
        "sold",
        "paid",
        "bought",
        "found",
        "brought",
        "kept",
        "spent",
        "hung",
        "dug",
        "set",
        "put",
        "cut",
    ]
)
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|before|when|since|because|as|until|while|if|that|which|who)\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
# A plural noun right before a past form ("bills sent", "goods made"), not a pronoun.
_PLURAL_NOUN_END = re.compile(
    r"\b(?!(?:was|has|is|its|this|his|hers|ours|yours|theirs|us)\s)[a-z]{3,}s\s+$"
)


# A participle that opens a phrase about the noun before it ("a mediator appointed by the
# ministry in January"): what stands between it and the expression holds no verb or comma.
_PHRASE_TO_DATE = re.compile(r"[^,;:]{0,70}", re.I)


def _reduced_relative(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether ``cue`` is a past participle opening a phrase about a noun that the expression
    at ``start`` ends ("the bridge damaged in March will reopen"): the date is the
    participle's, not the main verb's after it."""
    if not cue.group("weak"):
        return False
    gap = _PHRASE_TO_DATE.fullmatch(text, cue.end(), start)
    if gap is None or _CUE_SCAN.search(text, cue.end(), start) is not None:
        return False
    word_before = text[max(0, cue.start() - 20) : cue.start()].split()
    # a noun, not an auxiliary or a subject ("has appointed", "they appointed")
    return bool(word_before) and word_before[-1].lower() not in _NOT_A_NOUN


_NOT_A_NOUN = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "who",
        "which",
        "that",
        "they",
        "we",
        "he",
        "she",
        "it",
        "i",
        "you",
        "also",
        "recently",
        "then",
        "just",
        "not",
        "never",
        "and",
        "or",
        "but",
    ]
)


# A price markets set is one they have set: "will pay a premium to the closing price on Monday"
_CLOSING_PRICE = re.compile(
    r"\b(?:closing\s+(?:price|level|value|rate)|the\s+close)\s+(?:on\s+)?$", re.I
)


# What was done before the sentence's event: "after cutting it by a quarter point in August"
_AFTER_DOING = re.compile(r"\bafter\s+(?!being\b)[a-z]{3,}ing\b[^,;.]{0,50}$", re.I)


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")


def tense_of(text: str, start: int, end: int) -> str | None:
    """The tense of the sentence around text[start:end] (see tense_and_event)."""
    return tense_and_event(text, start, end)[0]


# A past verb of reporting ("said", "announced") often reports a plan ("announced a merger
# to close in January"); other past verbs ("bought", "stepped down") date the event itself,
# unless a plan comes in between: an infinitive ("agreed to buy ... in February"), a future
# cue earlier in the sentence ("would be paid on a date in January"), or a preposition of a
# deadline ("through January", "until March 6"); nor does a participle of what is to come
# ("the proposed merger in January").
_REPORTING = re.compile(r"(?:said|says|told|reported|announced|last|ago|earlier|since)$", re.I)
# a participle of what is to come: "the proposed merger in January"
_PROSPECTIVE = re.compile(
    r"(?:planned|proposed|expected|anticipated|intended|projected|delayed|postponed|pending)$", re.I
)
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:a|an|the|its|his|her|their|this|that|these|those|\d+|(?-i:[A-Z])\w*)\b)\w", re.I
)
_DEADLINE = re.compile(r"\b(?:by|until|till|through|to|before|from|for)\s+(?:\w+\s+)?$", re.I)


_ONLY_A_PREPOSITION = re.compile(r"\s+(?:in|on|at|during)\s+", re.I)


def _dates_the_event(text: str, cue: re.Match[str], first: int, start: int, end: int) -> bool:
    word = cue.group(0)
    if (
        _REPORTING.search(word)
        and cue.end() <= start
        and _ONLY_A_PREPOSITION.fullmatch(text, cue.end(), start)
    ):
        return True  # "the plan, which he announced in early February": the saying's date
    if cue.group("pluperfect") or _REPORTING.search(word) or _PROSPECTIVE.search(word):
        return False
    if _DEADLINE.search(text, max(first, start - 24), start):
        return False
    between = text[cue.end() : start] if cue.end() <= start else text[end : cue.start()]
    infinitive = _INFINITIVE.search(between)
    if (
        infinitive is not None
        and infinitive.start() == len(between) - len(between.lstrip())
        and cue.group(0).lower() not in word_list("lexicon.yaml", "plan_verbs")
    ):
        # "sued to stop the deal in February": an infinitive of purpose right after a deed
        # done then (not "agreed to buy ... in February": a plan)
        infinitive = _INFINITIVE.search(between, infinitive.end())
    elif (
        infinitive is not None
        and _CAUSATIVE.fullmatch(word)
        and len(between[: infinitive.start()].split()) <= 4
    ):
        # "led Nordrail to raise the budget in January": what a past cause made happen,
        # happened (not a plan)
        infinitive = _INFINITIVE.search(between, infinitive.end())
    return infinitive is None


_CAUSATIVE = re.compile(
    r"(?:led|forced|prompted|caused|pushed|drove|obliged|compelled|persuaded|spurred)", re.I
)


def past_event(text: str, start: int, end: int) -> bool:
    """Whether a past verb (not one of reporting) says the expression dates the event itself:
    "Since KKR bought RJR in February", "In January, the firm brought in a new chief"."""
    return tense_and_event(text, start, end)[1]
