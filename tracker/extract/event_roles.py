"""Who acts in an event and where it happens: a sentence's entities split into actors and
places, those of the event's own clause, and who says it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tracker.extract.cues import (
    REPORTED_OBJECT,
    Attribution,
)
from tracker.extract.datafiles import word_list
from tracker.extract.entities import PLACE_KINDS, ends_as_a_place, followed_by_facility, is_city
from tracker.extract.event_clauses import FINITE_VERB
from tracker.extract.model import EntityMention, Sentence
from tracker.extract.nocase import Caseless, caseless_lower
from tracker.extract.spans import runs_back

# Nouns of settlements and divisions that name a place after "of" ("the town of Dej").
PLACE_NOUNS = (
    r"(?:villages?|towns?|city|cities|ports?|districts?|regions?|provinces?|county|counties|"
    r"islands?|states)"
)


PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|at|near|into|across|inside|outside|around|(?<!according\s)to|from|on|"
    # "is expected to visit Seoul", "toured Kharkiv": where one goes
    r"visit|visits|visited|visiting|tour|tours|toured|touring|"
    rf"{PLACE_NOUNS}\s+of|"
    # "north of Camarillo", "miles south-east of Kharkiv"
    r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of)\s+(?:the\s+)?"
    # "in northern Evia", "across south-east Kent", "in the neighbouring Val d'Arsine"
    r"(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+|central\s+"
    r"|neighbou?ring\s+|nearby\s+)?$",
    re.I,
)


_FAST_PLACE_PREPOSITIONS = Caseless(PLACE_PREPOSITIONS)


# How many runs of non-space characters a PLACE_PREPOSITIONS match, which ends at the end of
# the text, can reach back over, at most: "south east of the south eastern" has six (padded by
# one, see _after_place_preposition).
_PLACE_PREPOSITION_RUNS = 7


# The words a PLACE_PREPOSITIONS match can end with before its closing spaces: a preposition,
# "of", "the", "central", "neighbouring"; or a word holding a direction ("north-east", "southern").
_LAST_WORDS = frozenset(
    [
        "in",
        "at",
        "near",
        "visit",
        "visits",
        "visited",
        "visiting",
        "tour",
        "tours",
        "toured",
        "touring",
        "into",
        "across",
        "inside",
        "outside",
        "around",
        "to",
        "from",
        "on",
        "of",
        "the",
        "central",
        "neighbouring",
        "neighboring",
        "nearby",
    ]
)
_DIRECTIONS = ("north", "south", "east", "west")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _after_place_preposition(text: str, lower: str | None, at: int) -> bool:
    """``_FAST_PLACE_PREPOSITIONS.search(text[:at], lower[:at])``, searched in the last seven
    runs of non-space characters before ``at`` only, not in the whole text before it: a match
    ends at ``at`` and spans six runs at most. The cut is at the start of a run, after a space,
    so ``\b`` reads the same there; "to" of a match is in the last six runs, and the
    "according" its look-behind looks for, the run before it, is kept. Not searched at all
    when no match can end there: one ends with spaces after one of _LAST_WORDS or a word
    holding a direction (read in the lower-cased text, where the pattern's IGNORECASE finds
    nothing else: nocase.py)."""
    if lower is not None:
        piece = lower[max(0, at - 24) : at]
        body = piece.rstrip()
        word = body[len(body.rstrip(_LETTERS)) :]
        if (
            len(body) == len(piece)  # no space right before ``at``
            or (
                0 < len(word) < len(body)  # (else the word may start before the piece)
                and word not in _LAST_WORDS
                and not any(d in word for d in _DIRECTIONS)
            )
            or (body and not word)  # a space after no letter
        ):
            return False
    start = runs_back(text, at, _PLACE_PREPOSITION_RUNS)
    return _FAST_PLACE_PREPOSITIONS.search(
        text[start:at], None if lower is None else lower[start:at]
    )


# a source noun before "from": "an approach from Fjellpak", "data from KSH" (not "evacuated
# residents from Vinhais", "ferries operating from Lembar")
_FROM_BEFORE_NAME = re.compile(
    r"\b(?:approach|bid|offer|data|figures|statistics|statement|letter|report|request|call|"
    r"support|funding|loan|grant|order|orders|pressure|help|message|warning|complaint|"
    r"complaints|demand|demands|investment|payment|payments|money)\s+from\s+(?:the\s+)?$"
)
# a party after "to" ("lost the final to Madison Keys", "sold its stake to Varta"), no place
_TO_A_PARTY = re.compile(
    r"\b(?:lost|losing|loses|lose|sold|selling|sells|handed|spoke|speaking|talked|wrote|married|"
    r"defeat|loss|appealed|licensed|leased|lent|owed|owes)\b[^,;.]{0,40}\bto\s+(?:the\s+)?$"
)
_OWNER_OF_NAME = re.compile(r"['’]s\s+[A-Z]")
# A settlement named after its noun and a comma: "in the capital, Chisenau", "the port city,
# Vlora" (the name is the place the noun is)
_NOUN_THEN_NAME = re.compile(
    r"\b(?:capital|city|town|village|port|provincial\s+capital|port\s+city)\s*,\s+$"
)
_OVER_OFF = re.compile(r"\b(?:over|off)\s+(?:the\s+)?(?:coast\s+of\s+(?:the\s+)?)?$")


# "on the Lukoil-owned refinery": the owner of what the place is, not the place
_OWNER_COMPOUND = re.compile(r"-(?:owned|led|backed|run|controlled|funded|operated)\b")


_LISTED = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")


# A verb right after a name: the name is its subject ("Minera Andes filed").
# (Not of a verb of saying: "Aqualink said" makes Aqualink the source, not an actor.)
# "The Black Tide group posted", "the X Council planning committee voted": a group noun may
# stand between. "claimed responsibility" is
# an act, not a saying.
_SUBJECT_VERB = re.compile(
    # "The European Space Agency's Juice probe swung past Mars": the owner of the subject
    r"(?:['’]s(?:\s+[A-Za-z][\w-]*){1,3}?(?=\s+[a-z]))?"
    r",?(?:\s+(?:group|company|firm|movement|militia|party|union|gang|network|coalition|"
    # "Wexley Borough Council planning committee considers": a body of the name's
    r"(?-i:(?:[a-z]+\s+)?(?:committee|board|panel|team))))?"
    # "The National Museum in Kraków reopened": where the body is, between it and its verb
    r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    # (an adverb of manner between: "The unit provisionally suspended her")
    r"\s+(?:also\s+|now\s+|still\s+|then\s+|first\s+|later\s+|again\s+|already\s+|"
    r"(?-i:[a-z]{3,}ly)\s+)?"
    r"(?!(?:said|says|told|added|announced|noted|warned|stated|confirmed)\b)"
    # "reported a net profit" is an act; "reported that" a saying
    rf"(?!reported\b(?!{REPORTED_OBJECT}))"
    r"(?!claimed\b(?!\s+(?:responsibility|credit|the\s+attack)\b))"
    # (past forms the finite-verb list leaves out, being nouns too: "Hexa cut 1,800 jobs")
    r"(?:(?:cut|put|set|split|shed|quit)\s+(?:\d|a|an|the|its|their|his|her)\b|"
    # (a present verb of intent before "to": "BMRI plans to launch two more")
    r"(?:plans|aims|intends|hopes|wants|expects|seeks|needs)\s+to\b|" + FINITE_VERB.pattern + ")",
    FINITE_VERB.flags,
)


# "founded the Atelier Lipscani, which restored 40 buildings": the subject of its relative
_RELATIVE_SUBJECT = re.compile(
    # ("Echo Bay, whose set ended early": what is theirs did it)
    r",\s+(?:which|who|whose\s+[a-z]+)\s+(?:also\s+|later\s+|then\s+)?" + FINITE_VERB.pattern,
    FINITE_VERB.flags,
)


SAYS_OWN_DEED = re.compile(
    # ("Gavi, the vaccine alliance, said it planned ...", "Hexa, Germany's second-largest
    # forwarder, said its profit rose")
    r"(?:,\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+[^,;]{1,80},)?"
    # "Halvard Robotics ASA (OSE: HALV) today announced": its stock ticker
    r"(?:\s*\([A-Z][A-Za-z]{1,14}\s*:\s*[A-Z0-9.]{1,10}\))?"
    r"(?:\s+(?:plc|ltd|inc|today|also|yesterday))*"
    r"\s+(?:said|says|announced|confirmed|reported)\b[^.;:\"“]{0,40}?\b(?:that\s+)?"
    # "... that it had restored", "... that its experimental drug met its goal"
    r"(?:it|they|(?:its|their)(?:\s+[\w-]+){1,4}?|production|output|operations|deliveries|"
    # "West Yorkshire Police said detectives had recovered ...": its people did it
    r"services|flights|trading|work|detectives|officers|investigators|troops|soldiers|"
    r"firefighters|rescuers|engineers|staff|crews|divers|agents|inspectors)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|\w+ed|met|won|made|took|fell|rose|"
    r"grew|lost|sold|cut|hit|beat|missed|came|went|paid|spent|saw|kept|held|began|plans|"
    r"intends|expects|aims|hopes|wants)\b"
)


_PARTY_PLURAL = re.compile(r"[A-Z][a-z]+(?:ists|ans|ats|ens|ives|als)")


_APPOSED_OPENING = re.compile(
    # ("Lecornu's two predecessors, Michel Barnier and [François Bayrou], both lost ...")
    r"^(?:[^:,]{1,30}:\s+)?(?:The|A|An|Its|Their|His|Her|Our|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}[\w-]+,"
    r"\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+and\s+)?$"
)


_VERB_AFTER_APPOSITION = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r",\s+(?:both\s+|all\s+)?(?:[a-z]{2,}(?:s|ed)|took|made|won|lost|left|said)\b"
)
# "The Senate, where the right has a majority, is expected to ...": the subject, an aside
_ASIDE_THEN_VERB = re.compile(
    # ("Voltiq, a Berlin start-up developing batteries, has raised ...")
    r",\s+(?:where|which|who|whose|a|an)\b[^,;]{1,80},\s+(?:[a-z]{2,}(?:s|ed)|is|are|was|were|has|"
    r"have|had|will|would|took|made|won|lost|left|said)\b"
)


# A preposition of place right before a name: "a home in Kirkcaldy", "residents near Dover"
# (in a speaker's phrase, where the speaker is from, no body that speaks).
IN_A_PLACE = re.compile(r"\b(?:in|at|near|outside|from)\s+$")
# A name after the kind of publication it is: "the journal Nature", "the newspaper Le Monde".
_PUBLICATION_BEFORE = re.compile(r"\b(?:journal|newspaper|magazine|daily|weekly)\s+$")
# "Storm Hilde, the eighth named storm of the season, reached ...": an apposition with "the"
_THE_APPOSITION = re.compile(r",\s+the\s[^,;]{1,80},\s+")


def _verb_after_the_apposition(text: str, at: int) -> bool:
    """Whether an apposition opening with "the" follows ``at`` and a finite verb follows it."""
    m = _THE_APPOSITION.match(text, at)
    return m is not None and FINITE_VERB.match(text, m.end()) is not None


@lru_cache(maxsize=1)
def _kind_before_name() -> re.Pattern[str]:
    """After a demonym, the kind of body a name then follows: "[Danish] biotech firm Myogen"
    (lexicon.yaml: descriptor_nouns, and a few more)."""
    kinds = sorted(
        {*word_list("lexicon.yaml", "descriptor_nouns"), "bank", "giant", "trader", "biotech"},
        key=len,
        reverse=True,
    )
    return re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(kinds) + r")\s+(?-i:[A-Z])")


_STAKE_IN = re.compile(
    r"\b(?:shares|stock|stakes?|holdings?|investments?|interests?|bonds)\s+in\s+(?:the\s+)?$", re.I
)


# The opening of an apposition after a name: "Brennholt Foods, the [German maker]".
_APPOSED_ADJECTIVE = re.compile(
    r"(?-i:\b[A-Z][\w.&’'-]*),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


_PASSIVE_AGENT = re.compile(
    r"\b(?:[a-z]+ed|made|built|run|owned|held|taken|written|led|won|drawn|bought|sold|paid|"
    r"struck|beaten|shot|caught|brought|found|given|chosen|sent|kept|spent|lost|bitten|hidden|"
    r"seen)\s+(?:(?!by\b)[\w-]+\s+){0,4}?by\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$"
)


@lru_cache(maxsize=1)
def _object_of_deed() -> re.Pattern[str]:
    """A deed done to whoever is named next ("Ofwat fined Thames Valley Water"; lexicon.yaml:
    deed_verbs), not the same word used as an adjective ("the so-called", "the elected")."""
    verbs = "|".join(sorted(word_list("lexicon.yaml", "deed_verbs"), key=len, reverse=True))
    # ("beat city rivals Slavia", "fined former chief executive Ana Ruiz": a role before the
    # name, not a preposition: "met in Paris")
    return re.compile(
        rf"(?<![\w-])(?<!the )(?<!a )(?<!an )(?<!its )(?<!their )(?:{verbs})\s+"
        r"(?:[a-z][\w-]*\s+){0,2}"
        r"(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bfor\s)(?<!\bwith\s)"
        r"(?<!\bby\s)(?<!\bof\s)(?<!\bnear\s)(?<!\bover\s)(?<!\binto\s)(?<!\band\s)$"
    )


# A country's adjective before one of these nouns names a part of its land or sea.
_LAND_NOUN_AFTER = re.compile(
    r"\s+(?:coast|coastline|shores?|border|borders|border\s+crossings?|waters|soil|territory|"
    r"mainland|countryside|airspace|islands?|capital|interior|highlands|lowlands)\b"
)


_CALLING_ITSELF = re.compile(r"\b(?:calling|calls)\s+(?:itself|themselves)\s+$")


def clause_entities(
    sentence: Sentence,
    entities: Sequence[EntityMention],
    clause_start: int,
    clause: str,
    subject: str,
) -> Sequence[EntityMention]:
    """The entities of the event's own clause (and of the noun phrase a relative clause is
    about): in "The EU sent planes on Tuesday after Portugal activated the mechanism on Monday"
    Monday's actor is Portugal alone. The sentence's when the clause names none."""
    end = clause_start + len(clause)
    source = sentence.start + sentence.text.find("according to ")
    if source >= sentence.start and clause_start + len(clause) <= source:
        # "X did Y in 2022, according to a report by the audit office": the source, no actor
        entities = [e for e in entities if e.start < source]
    inside = [
        e
        for e in entities
        if (clause_start <= e.start and e.end <= end) or (subject and e.text in subject)
    ]
    return inside if any(e.kind != "unknown" for e in inside) else entities


def roles(
    sentence: Sentence, entities: Sequence[EntityMention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a sentence's entities into actors and places. Places are places, and countries or
    unknown names after a locative preposition ("in Tajikistan", "the village of Akbulak"); a
    capital standing for its country is the city when it is a place ("met in Tashkent") and
    the government when it acts ("Tashkent said"). Everything else acts."""
    actors: list[str] = []
    places: list[str] = []
    lower = caseless_lower(sentence.text) if entities else None
    place_end = -1  # where the last place named ends
    for e in entities:
        before = sentence.text[: e.start - sentence.start]
        listed = (
            _LISTED.fullmatch(sentence.text, place_end, len(before)) if place_end >= 0 else None
        )
        located = _after_place_preposition(sentence.text, lower, len(before)) or (
            # "in Turkey and Syria": the places listed after the first (after a bare comma,
            # only names known as places: "in Ankara, Voltrad said")
            listed is not None and (listed.group(0).strip(" ,") != "" or e.kind in PLACE_KINDS)
        )
        owner = _OWNER_COMPOUND.match(sentence.text, e.end - sentence.start)
        if located and _OWNER_OF_NAME.match(sentence.text, e.end - sentence.start):
            located = False  # "to Elon Musk's Starlink": the owner of what is named next
        if located and e.kind == "unknown" and _STAKE_IN.search(before[-30:]):
            located = False  # "shares in Brennholt", "a stake in Voltrad": a company
        if located and e.kind == "unknown" and _FROM_BEFORE_NAME.search(before[-30:]):
            located = False  # "an approach from Fjellpak", "data from KSH": a source, no place
        party = located and e.kind == "unknown" and _TO_A_PARTY.search(before[-60:]) is not None
        if located and e.kind == "unknown" and _of_a_place(sentence, e, entities):
            party = True  # "a team from Kroon Salvage of Rotterdam": a body from a place
        if e.kind == "unknown" and _BETWEEN_ON_A_ROUTE.search(before[-80:]) is not None:
            located = True  # "a stretch of the expressway between Iwamizawa and Bibai"
        if party:
            located = False  # "lost the final to Madison Keys", "sold the unit to Varta": a party
        if (
            located
            and e.kind == "unknown"
            and _PARTY_PLURAL.fullmatch(e.name)
            and before.endswith(("the ", "The "))
        ):
            located = False  # "a concession to the Socialists": a party, a group
        if not located and e.kind in ("unknown", "place") and _NOUN_THEN_NAME.search(before[-30:]):
            located = True  # "voting was extended in the capital, Chisenau"
        if not located and e.kind in PLACE_KINDS and _OVER_OFF.search(before[-24:]):
            located = True  # "over the Chukchi Sea", "off Lampedusa": known places only
        if not located and e.kind == "country" and e.text != e.name:
            # "reached the Irish coast", "crossed the Polish border": the country's land
            located = _LAND_NOUN_AFTER.match(sentence.text, e.end - sentence.start) is not None
        if not located and e.kind == "country" and e.text != e.name:
            # "Brennholt Foods, the German maker of ...", "the Danish biotech firm Myogen": an
            # adjective describing a named body says where that is, not who acts
            located = (
                _APPOSED_ADJECTIVE.search(before[-60:]) is not None
                or _kind_before_name().match(sentence.text, e.end - sentence.start) is not None
            )
        is_place = (
            e.kind == "place"
            or (e.kind in ("country", "unknown") and located and owner is None and not party)
            or (e.kind == "unknown" and (_before_facility(sentence, e) or ends_as_a_place(e.name)))
        )
        name = e.text if is_place and e.kind == "country" and is_city(e.text) else e.name
        if (
            e.kind == "unknown"
            and not is_place
            and owner is None
            and not party
            and not _is_subject(sentence, e)
            and not _joined_to_a_subject(sentence, e, entities)
            and not _body_before_or_by(e, before)
        ):
            continue  # an unknown name acts only as the subject of a verb ("Minera Andes filed")
        target = places if is_place else actors
        if name not in target:
            target.append(name)
        place_end = e.end - sentence.start if is_place else -1
    return tuple(actors), tuple(p for p in places if p not in actors)


# A way or a stretch of land between two names: the names are its ends, places ("the
# expressway between Iwamizawa and Bibai", "flights between Tromsø and Bodø").
_BETWEEN_ON_A_ROUTE = re.compile(
    r"\b(?:stretch|section|road|roads|route|routes|line|lines|border|highway|expressway|"
    r"motorway|freeway|railway|railroad|rail|flights?|ferr(?:y|ies)|trains?|services?|"
    r"corridor|pipeline|bridge|tunnel|canal|coast|track|path|trail)\s+between\s+$",
    re.I,
)
_OF_NAME = re.compile(r"\s+of\s+(?=[A-Z])")


def _of_a_place(sentence: Sentence, e: EntityMention, entities: Sequence[EntityMention]) -> bool:
    """Whether a known place follows the name after "of" ("Kroon Salvage of Rotterdam",
    "Baltic Crest Shipping of Limassol"): the name is a body there, not a place."""
    m = _OF_NAME.match(sentence.text, e.end - sentence.start)
    if m is None:
        return False
    at = sentence.start + m.end()
    return any(f.start == at and f.kind in PLACE_KINDS for f in entities)


# "appeared before Bray District Court", "was fined by the Harbour Authority"
_BEFORE_OR_BY = re.compile(r"\b(?:before|by)\s+(?:the\s+)?$")


def _body_before_or_by(e: EntityMention, before: str) -> bool:
    """Whether the name is a body (its last word an institution's: lexicon.yaml) that someone
    appears before or that does something to someone ("by"): it takes part."""
    return (
        " " in e.name
        and e.name.rsplit(" ", 1)[-1] in word_list("lexicon.yaml", "institution_words")
        and _BEFORE_OR_BY.search(before[-12:]) is not None
    )


def sources_of(
    sentence: Sentence, attribution: Attribution | None, entities: Sequence[EntityMention]
) -> tuple[str, ...]:
    """The entities the sentence attributes what it tells to ("the agency's director general,
    Hillary Kipkorir, said": Hillary Kipkorir)."""
    if attribution is None:
        return ()
    start, end = sentence.start + attribution.start, sentence.start + attribution.end
    return tuple(dict.fromkeys(e.name for e in entities if start <= e.start and e.end <= end))


def _before_facility(sentence: Sentence, e: EntityMention) -> bool:
    """Whether a facility noun follows the name ("its Kvasiny plant"): a place."""
    return followed_by_facility(sentence.text, e.end - sentence.start)


def roles_once(
    sentence: Sentence,
    entities: Sequence[EntityMention],
    kept: list[tuple[tuple[str, ...], tuple[str, ...]]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``roles(sentence, entities)``, computed the first time and kept in ``kept`` (one
    list per sentence: a sentence's events all ask for its roles)."""
    if not kept:
        kept.append(roles(sentence, entities))
    return kept[0]


def own_deed_sayer(
    sentence: Sentence, entities: Sequence[EntityMention], before: int
) -> tuple[str, ...]:
    """The name that says, before ``before``, what it did itself ("Sunvia said in a
    statement that it had halted ..."), or nothing."""
    for e in entities:
        if e.end > before:
            break
        at = e.end - sentence.start
        brackets = _BETWEEN_NAME_AND_VERB.match(sentence.text, at)
        if SAYS_OWN_DEED.match(sentence.text, brackets.end() if brackets else at):
            return (e.name,)
    return ()


# Between the name and its verb: its short form in brackets ("The Medicines and Healthcare
# products Regulatory Agency (MHRA) said it had ..."), or a relative clause ("The company,
# which makes a fifth of the pills sold in Britain, said it would ...")
_BETWEEN_NAME_AND_VERB = re.compile(r"\s*\([A-Z][A-Z&]{1,5}\)|,\s+(?:which|who)\s+[^,;]{1,120},")


def _joined_to_a_subject(
    sentence: Sentence, e: EntityMention, entities: Sequence[EntityMention]
) -> bool:
    """Whether the name is joined by "and" to the next name, a verb's subject: "Sweden's
    Ostra Bank and Finland's Pohjola Savings agreed to merge" (a country's possessive may open
    the next one)."""
    joint = _AND_NEXT.match(sentence.text, e.end - sentence.start)
    if joint is None:
        return False
    at = sentence.start + joint.end()
    nxt = next((n for n in entities if n.start >= at), None)
    if nxt is None:
        return False
    if nxt.start > at:  # "Finland's Pohjola Savings": past the possessive country
        opener = next((n for n in entities if n.start == at), None)
        if opener is None or not sentence.text.startswith(
            ("'s ", "’s "), opener.end - sentence.start
        ):
            return False
        if nxt.start != opener.end + 3:
            return False
    return nxt.kind != "place" and _is_subject(sentence, nxt)


_AND_NEXT = re.compile(r"\s+and\s+")


def _is_subject(sentence: Sentence, e: EntityMention) -> bool:
    """Whether a finite verb follows the entity right away ("Minera Andes filed ...")."""
    return (
        _SUBJECT_VERB.match(sentence.text, e.end - sentence.start) is not None
        or _RELATIVE_SUBJECT.match(sentence.text, e.end - sentence.start) is not None
        or _ASIDE_THEN_VERB.match(sentence.text, e.end - sentence.start) is not None
        or _verb_after_the_apposition(sentence.text, e.end - sentence.start)
        # "a study published on Wednesday in the journal Nature": the journal publishes it
        or _PUBLICATION_BEFORE.search(
            sentence.text, max(0, e.start - sentence.start - 16), e.start - sentence.start
        )
        is not None
        or (
            # "A group calling itself Black Tide claimed the attack": the group is the name
            _CALLING_ITSELF.search(
                sentence.text, max(0, e.start - sentence.start - 30), e.start - sentence.start
            )
            is not None
            # "Delta Quay said on Tuesday that it had restored ...": it tells what it did itself
            or SAYS_OWN_DEED.match(sentence.text, e.end - sentence.start) is not None
            # "The main contractor, Balkan Tunnelling, goes bankrupt": the subject's name
            or (
                _APPOSED_OPENING.match(sentence.text[: e.start - sentence.start]) is not None
                and _VERB_AFTER_APPOSITION.match(sentence.text, e.end - sentence.start) is not None
            )
            # "Ofwat fined Thames Valley Water": the one a deed is done to takes part in it
            or _object_of_deed().search(
                sentence.text, max(0, e.start - sentence.start - 20), e.start - sentence.start
            )
            is not None
            # "tablets made by Indian manufacturer Sunvia Pharma", "bought for North American
            # distribution by Neon": the agent of a passive
            or _PASSIVE_AGENT.search(
                sentence.text, max(0, e.start - sentence.start - 60), e.start - sentence.start
            )
            is not None
        )
    )
