"""Shortcuts taken for speed find what the plain way finds: each is compared with the plain
way on random texts."""

from __future__ import annotations

import random
import re

from tracker.extract import entities, sentences, titles
from tracker.extract.cues import _WHO_SAID, _who_said
from tracker.extract.datafiles import word_list
from tracker.extract.model import EntityMention
from tracker.extract.quantities import _Overlaps
from tracker.extract.titles import _ATTRIBUTION_TAIL, _cut_attribution_tail
from tracker.extract.us_states import state_after_comma_only, us_state_abbreviations

SAMPLE = (
    "said says told reported announced confirmed according to the The a its officials "
    "Mr. Smith Gen. U.S. New York City Tashkent Tashkent's Kabul’s al-Qaeda el-Sisi Bank of "
    'Asian Development Bank President Mirziyoyev , . ... ; : “ ” " ( ) - on Monday in x-y '
    "warned noted added estimated wrote denied İ Düsseldorf É J. 12 2024"
)
PIECES = [*SAMPLE.split(), "\n", "  ", "\n\n", " "]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    forms = list(entities.gazetteer())
    out = []
    for _ in range(n):
        parts = [
            rng.choice(forms) if rng.random() < 0.15 else rng.choice(PIECES)
            for _ in range(rng.randint(1, 16))
        ]
        out.append("".join(p + rng.choice([" ", " ", "", ", ", ". "]) for p in parts))
    return out


def test_attribution_tail_cut_as_the_pattern_does() -> None:
    for text in _texts(3000, 1):
        text = text.strip()
        assert _cut_attribution_tail(text) == _ATTRIBUTION_TAIL.sub("", text), text


def test_who_said_matches_as_the_pattern_finds_them() -> None:
    for text in _texts(3000, 2):
        assert [m.span() for m in _who_said(text)] == [
            m.span() for m in _WHO_SAID.finditer(text)
        ], text


def _plain_abbreviation(paragraph: str, dot: int) -> bool:
    if paragraph[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", paragraph[:dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    states = {a.lower().strip(".") for f in us_state_abbreviations().values() for a in f}
    after_comma = {a.lower().strip(".") for a in state_after_comma_only()}
    state = word in states and (word not in after_comma or paragraph[: m.start(1)].endswith(", "))
    if state or word in word_list("lexicon.yaml", "final_abbreviations"):
        following = paragraph[dot + 1 :].split()
        return not (following and following[0] in word_list("lexicon.yaml", "sentence_openers"))
    return word in word_list("lexicon.yaml", "abbreviations") or (
        len(word) == 1 and paragraph[dot - 1].isupper()
    )


def test_abbreviations_as_the_pattern_finds_them() -> None:
    for text in _texts(2000, 3):
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            assert sentences._is_abbreviation(text, dot) == _plain_abbreviation(text, dot)


def _plain_gazetteer_mentions(text: str, start: int, end: int) -> list[EntityMention]:
    """Every token tried as the start of phrases of up to six tokens."""
    table = entities.gazetteer()
    tokens = list(entities._TOKEN.finditer(text, start, end))
    found, i = [], 0
    while i < len(tokens):
        first = tokens[i].group(0)
        if not (first[0].isupper() or first[:3] in {"al-", "el-"}):
            i += 1
            continue
        match = None
        for j in range(min(len(tokens), i + entities._MAX_TOKENS), i, -1):
            span_text = text[tokens[i].start() : tokens[j - 1].end()]
            if "\n" in span_text or "  " in span_text:
                continue
            if hit := entities._lookup(span_text, table):
                match = (j, hit)
                break
        if match is None:
            i += 1
            continue
        j, (form, entry) = match
        s = tokens[i].start()
        if form in entities.state_after_comma_only() and not text.endswith(", ", 0, s):
            i += 1  # "he was ill.", not "Springfield, Ill."
            continue
        if (
            entry.kind == "country"
            and form != entry.name
            and entities._IN_A_NAME.search(text, start, s)
        ):
            i += 1  # "Anglo American": a word of a name
            continue
        found.append(EntityMention(s, s + len(form), form, entry.name, entry.kind))
        i = j
    return found


def test_gazetteer_mentions_as_trying_every_token() -> None:
    rng = random.Random(4)
    for text in _texts(3000, 5):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for s, e in ((0, len(text)), (start, end)):
            assert entities._gazetteer_mentions(text, s, e) == _plain_gazetteer_mentions(
                text, s, e
            ), (text, s, e)


def test_overlaps_as_checking_every_span() -> None:
    rng = random.Random(6)
    for _ in range(2000):
        spans = [(a, a + rng.randint(0, 8)) for a in rng.sample(range(60), rng.randint(0, 8))]
        overlaps = _Overlaps(spans)
        for _ in range(10):
            s = rng.randint(0, 70)
            e = s + rng.randint(0, 8)
            assert overlaps(s, e) == any(s < xe and xs < e for xs, xe in spans)


def _plain_make_title(clause: str, remove: tuple[int, int] | None = None) -> str:
    t = titles
    text, remove = t._side_of_subordinate(clause, remove)
    if remove is not None and t.keeps_its_year(text, remove):
        remove = None
    if remove is not None and text.startswith(("'s ", "’s "), remove[1]):
        text = f"{text[: remove[0]].rstrip()} the {text[remove[1] + 3 :]}"
    elif remove is not None:
        start, end = remove
        kept = t._DANGLING_PREP.sub("", text[:start])
        before = kept.rstrip(" ,")
        after = t._STRETCH_NOUN.sub("", text[end:].lstrip(" "))
        if after[:1].lower() not in "aeiou":
            before = re.sub(r"(?<=\s)an$", "a", before)
        if kept.rstrip().endswith(",") and after.startswith(","):
            after = after[1:].lstrip()
        if not before:
            text = after.lstrip(" ,")
        elif after.startswith(","):
            text = before + after
        else:
            text = f"{before} {after}"
    text = text.strip()
    text = t._TICKER.sub(
        "", t._PHOTO_CREDIT.sub("", t._CAPTION_LEAD.sub("", text[t.dateline_length(text) :]))
    )
    text = t._SAID_NAME_TAIL.sub("", text.strip())
    text = t._ATTRIBUTION_TAIL.sub("", text.strip())
    text = t._ATTRIBUTION_HEAD.sub("", text)
    text = t._drop_opening_phrase(t._LEADING.sub("", text.strip(" ,;:—-\"“”'")))
    text = t._ASIDE.sub(t._aside_before_the_verb, text)
    colon = text.find(": ")
    if colon >= 25:
        text = text[:colon]
    cut = t._TRAILING_DETAIL.search(text)
    if (
        cut
        and t._long_enough(text[: cut.start()])
        and not t._names_its_parts(text, cut.start())
        and not t._verb_after_detail(text, cut.start())
    ):
        text = text[: cut.start()]
    body = t._SPACES.sub(" ", text).strip(" ").lstrip(" ,.;:—-\"“”'")
    text = body.rstrip(" ,.;:—-\"“”'")
    tail = body[len(text) :]
    if text.count('"') % 2 and '"' in tail:  # a closing quotation mark stays
        text += '"'
    elif text.count("“") > text.count("”") and "”" in tail:
        text += "”"
    text = t._DANGLING_AND.sub("", text)
    if len(text) > t.MAX_TITLE:
        text = text[: t.MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]


def test_titles_as_the_patterns_make_them() -> None:
    rng = random.Random(7)
    extra = ["(Photo by AP)", "(picture: Reuters)", "On", "in the", "since\n", "Photo:", "IN"]
    for text in _texts(3000, 8):
        text = " ".join([text, *rng.sample(extra, rng.randint(0, 3))])
        start = rng.randint(0, len(text))
        remove = (start, rng.randint(start, len(text))) if rng.random() < 0.7 else None
        assert titles.make_title(text, remove) == _plain_make_title(text, remove), (text, remove)


def test_title_tails_cut_as_the_patterns_cut_them() -> None:
    rng = random.Random(12)
    extra = ["said", "says", "told", "Mayor", "Ivan", "of", "the", "”", "'", ",", "on", "after"]
    extra += ["shortly", "as of", "much of", "\n", "  ", "\u2003", "İ"]
    for text in _texts(3000, 13):
        text = text + " ".join(rng.choice(extra) for _ in range(rng.randint(0, 8)))
        for cut in (text, text.strip(), text.rstrip(" .")):
            assert titles._cut_said_name_tail(cut) == titles._SAID_NAME_TAIL.sub("", cut), cut
            assert titles._cut_dangling_prep(cut) == titles._DANGLING_PREP.sub("", cut), cut


def test_runs_back_as_reading_every_character() -> None:
    from tracker.extract.spans import _runs_back_by_character, runs_back

    rng = random.Random(14)
    pieces = ["a", "bb", "word", "x" * 70, " ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", "é", ""]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for _ in range(5):
            pos, runs = rng.randint(0, len(text)), rng.randint(0, 12)
            assert runs_back(text, pos, runs) == _runs_back_by_character(text, pos, runs)


def test_published_date_inferred_from_dates_inside_content_as_before() -> None:
    from datetime import date, timedelta
    from types import SimpleNamespace

    from tracker.extract.pipeline import infer_published

    rng = random.Random(9)
    for _ in range(500):
        content = [(a, a + rng.randint(0, 30)) for a in rng.sample(range(200), rng.randint(0, 6))]
        timexes = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 220)
            day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
            timexes.append(
                SimpleNamespace(
                    start=start,
                    end=start + rng.randint(1, 12),
                    precision="day",
                    anchor="absolute",
                    type="DATE",
                    interval_start=day,
                )
            )
        inside = [
            t.interval_start
            for t in timexes
            if any(s <= t.start and t.end <= e for s, e in content)
        ]
        assert infer_published(timexes, content) == (max(inside) if inside else None)  # type: ignore[arg-type]


def test_event_type_cues_are_searched_in_one_pass() -> None:
    from tracker.extract.event_types import _first_of

    # A cue that nocase.py cannot split (a group before the first letter, a look-behind) makes
    # every clause search the patterns one by one.
    assert _first_of()[1].plan is not None


def test_entity_patterns_written_for_speed_match_as_written_plainly() -> None:
    # _CANDIDATE, _capitalised and _ACRONYM start with their first character, the word
    # boundary before it checked after it; _PERSON is searched from the first title.
    candidate = re.compile(r"(?<![\w’'.&-])(?:[A-Z]|al-|el-|(?=\w)[^\x00-\x7f])")
    acronym = re.compile(r"(?<![\w&.-])(?:[A-Z][A-Z&]{1,5}|[A-Z]{1,4}\d{1,3})(?![\w&-]|\.\w)")
    stop = "|".join(sorted(word_list("lexicon.yaml", "not_name_continuations")))
    upper, lower = entities._UPPER, entities._LOWER
    more = rf"(?!(?:{stop})\b){upper}[\w'’-]*"
    capitalised = re.compile(
        rf"\b{upper}[\w'’-]*{lower}[\w'’-]*(?:[^\S\n]+(?:(?:of|for|on)\s+(?:the\s+)?|&\s+|al-|{entities._PARTICLES})?{more})*"
    )
    pieces = ["Al", "al-", "el-", "x", "'", "’", ".", "&", "-", " ", "\n", "É", "é", "İ", "Ω"]
    pieces += ["中", "\u2028", "Bank", "of", "the", "a", "e", "l-", "1", "President", "Gen.", "Mr."]
    pieces += ["KSH", "AT&T", "M23", "COP28", "AB", "_", "12"]
    rng = random.Random(15)
    texts = _texts(1500, 16) + [
        "".join(rng.choice(pieces) + rng.choice(["", "", " "]) for _ in range(rng.randint(0, 20)))
        for _ in range(3000)
    ]
    for text in texts:
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for s, e in ((0, len(text)), (start, end)):
            assert [m.start() for m in entities._CANDIDATE.finditer(text, s, e)] == [
                m.start() for m in candidate.finditer(text, s, e)
            ], (text, s, e)
            assert [m.span() for m in entities._capitalised().finditer(text, s, e)] == [
                m.span() for m in capitalised.finditer(text, s, e)
            ], (text, s, e)
            assert [m.span() for m in entities._ACRONYM.finditer(text, s, e)] == [
                m.span() for m in acronym.finditer(text, s, e)
            ], (text, s, e)
            assert [m.span() for m in entities._titled_people(text, s, e)] == [
                m.span() for m in entities._PERSON.finditer(text, s, e)
            ], (text, s, e)


def test_dated_participle_found_as_the_pattern_finds_it() -> None:
    from tracker.extract import events

    rng = random.Random(21)
    extra = ["under", "Under", "a", "the", "its", "deal", "signed", "set up", "built", "in", "on"]
    extra += ["was", "agreement", ",", "reached", "late", "  ", "\n", "x-signed", "water-sharing"]
    extra += ["by", "made", "the", "firm", "during", "between", "laid", "up", "set", "at"]
    texts = _texts(2000, 22) + [""] * 30000  # and texts of those words alone
    for text in texts:
        text += " ".join(rng.choice(extra) for _ in range(rng.randint(0, 12)))
        text += rng.choice(["", " ", "  ", "\n"])
        found = events._dated_participle(text)
        plain = events._DATED_PARTICIPLE.search(text)
        assert (found.span() if found else None) == (plain.span() if plain else None), text


def test_gazetteer_lookup_as_trying_every_form() -> None:
    table = entities.gazetteer()

    def plain(phrase: str) -> tuple[str, entities.GazetteerEntry] | None:
        for form in (phrase, phrase.rstrip("."), entities._POSSESSIVE.sub("", phrase)):
            if form in table:
                return form, table[form]
        if "-" in phrase:
            bare = entities._COMPOUND.sub("", phrase)
            if bare != phrase and bare in table:
                return bare, table[bare]
        return None

    rng = random.Random(23)
    forms = list(table)
    endings = ["", ".", "'s", "’s", "'", "’", "'s.", "-led", "-based.", "s", "..", "'x"]
    for _ in range(20000):
        phrase = rng.choice(forms + PIECES) + rng.choice(endings)
        assert entities._lookup(phrase, table) == plain(phrase), phrase
        assert entities._without_possessive(phrase) == entities._POSSESSIVE.sub("", phrase)


def test_place_prepositions_found_as_in_the_whole_text_before() -> None:
    from tracker.extract.event_roles import _FAST_PLACE_PREPOSITIONS, _after_place_preposition
    from tracker.extract.nocase import caseless_lower

    rng = random.Random(15)
    extra = ["in", "to", "according", "of", "the", "south", "east", "south-east", "northern"]
    extra += ["villages", "city", "central", "across", "İ", "\n", "  ", "within", "(in", "2in"]
    extra += ["near", "said,", "westerly", "ſ", "ın", "on\n"]  # (the words read before searching)
    for text in _texts(3000, 16):
        text = text + " ".join(rng.choice(extra) for _ in range(rng.randint(0, 10))) + " "
        lower = caseless_lower(text)
        for at in {len(text), rng.randint(0, len(text))}:
            low = None if lower is None else lower[:at]
            plain = _FAST_PLACE_PREPOSITIONS.search(text[:at], low)
            assert _after_place_preposition(text, lower, at) == plain, (text, at)


def test_same_event_as_the_verdict_of_match_events() -> None:
    from datetime import date, timedelta

    from tracker.link.events import EventSketch, match_events, same_event

    rng = random.Random(17)
    titles_ = ["Floods hit the north", "Floods hit the north coast", "Talks resume", "Talks end"]
    names = ["Acme", "Oslo", "Kenya", "Ruto", "UN"]
    for _ in range(5000):
        sketches = []
        for _ in range(2):
            start = date(2024, 3, 1) + timedelta(days=rng.randint(0, 4))
            sketches.append(
                EventSketch(
                    rng.choice(titles_),
                    rng.choice(["other", "statement", "flood", "talks"]),
                    start if rng.random() < 0.8 else None,
                    start + timedelta(days=rng.choice([0, 0, 1, 30])),
                    rng.choice(["day", "month"]),
                    rng.random() < 0.2,
                    frozenset(rng.sample(names, rng.randint(0, 3))),
                )
            )
        new, old = sketches
        assert same_event(new, old) == (match_events(new, old).verdict == "same"), (new, old)


def test_clause_breaks_as_the_pattern_finds_them() -> None:
    from tracker.extract.event_clauses import _CLAUSE_BREAK, _clause_breaks

    rng = random.Random(18)
    extra = [";", " ; ", "—", "–", "--", "-", "while", "awhile", "whereas", ", though"]
    extra += [",  although", ", even  though", "though", "\n", "  ", "\u2003", "w", ","]
    for text in _texts(3000, 19):
        text = "".join(rng.choice([text[:20], *extra]) for _ in range(rng.randint(0, 12))) + text
        assert list(_clause_breaks(text)) == [m.span() for m in _CLAUSE_BREAK.finditer(text)]


def test_baselines_as_the_patterns_find_them() -> None:
    from types import SimpleNamespace

    from tracker.extract import event_dates as d
    from tracker.extract.model import Sentence

    def plain(before: str, text: str, at: int) -> bool:
        if d._PERIOD_SUBJECT_BEFORE.search(text, max(0, at - 40), at) and d._COPULA_AFTER.match(
            text, at
        ):
            return True  # the period described, not a baseline (not a fast path)
        if (
            d._HABITUAL.search(before)
            or d._AGE_OF_A_THING.search(before)
            or d._RELATING.search(before)
            or d._HAD_A_FIGURE.search(before)
            or d._PERIOD_END.search(before)
        ):
            return True
        low = before.lower()
        return any(w in low for w in d._BASELINE_WORDS) and d._BASELINE.search(before) is not None

    rng = random.Random(20)
    extra = ["from", "From 4.6%", "compared with", "than", "more than", "than in", "since", "up"]
    extra += ["usually", "Normally", "customarily", "dating back to", "its third cut", "4.6%"]
    extra += ["rose 9%", "unchanged", "a peak of", "premium of 27% over", "İ", "KELVIN \u212a"]
    extra += [", reflecting", "had sales of", "quarter ended", "pictured in", "had\n3,000 staff"]
    for text in _texts(3000, 21):
        text = " ".join([text, *(rng.choice(extra) for _ in range(rng.randint(0, 5)))]) + " "
        sentence = Sentence(0, 0, len(text), text, 0)
        for at in {len(text), rng.randint(0, len(text))}:
            timex = SimpleNamespace(start=at, end=at, text="", precision=None)
            before = text[max(0, at - d.BASELINE_WINDOW) : at]
            expected = plain(before, text, at)
            assert d.is_baseline(sentence, timex) == expected, (text, at)  # type: ignore[arg-type]


def test_place_noun_of_found_as_the_pattern_finds_it() -> None:
    from tracker.extract.pipeline import _PLACE_NOUN_OF, _place_noun_of

    rng = random.Random(31)
    pieces = ["town", "of", "OF", "Of", "oF", "the", "city", "villages", "states", "x", "ſ", "İ"]
    pieces += ["é", " ", "\n", "  "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(8))
        for at in range(len(text) + 1):
            plain = _PLACE_NOUN_OF.search(text, max(0, at - 20), at)
            found = _place_noun_of(text, at)
            assert (found and found.span()) == (plain and plain.span()), (text, at)


def test_the_place_noun_found_as_written_plainly() -> None:
    from tracker.extract.pipeline import _THE_PLACE_NOUN

    plain = re.compile(
        r"\b[Tt]he\s+(village|town|city|port|district|region|province|county|island)(?:['’]s)?\b"
        r"(?!\s+of\b)"
    )
    rng = random.Random(33)
    pieces = ["the", "The", "xthe", "town", "city's", "of", "port", "é", "_", " ", "\n", "  "]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(10))
        start = rng.randint(0, len(text))
        for s in (0, start):
            assert [(m.span(), m.group(1)) for m in _THE_PLACE_NOUN.finditer(text, s)] == [
                (m.span(), m.group(1)) for m in plain.finditer(text, s)
            ], (text, s)


def test_patterns_ending_in_words_searched_only_where_they_can_end() -> None:
    from tracker.extract import event_dates
    from tracker.extract.spans import ends_with_word
    from tracker.extract.timex import context, relative

    rng = random.Random(35)
    pieces = ["warned", "closed", "until", "Until", "UNTIL", "till", "by", "BY", "through"]
    pieces += ["thru", "ıntil", "rain", "x", ".", " ", "\n", "  ", "é", "is", "IS", "are"]
    pieces += ["on", "set", "for", "due", "dating", "back", "from", "to", "the", "THE", "after"]
    pieces += ["budget", "ſince", "İs", "during"]
    cases = (
        (relative._FORECAST_BY, ("by", "until", "through"), True),
        (relative._SET_UNTIL, ("until", "till"), False),
        (relative._UP_TO_AFTER_VERB, ("until", "till", "through", "thru"), False),
        (context._IS_PREDICATE, ("is", "are", "on", "in", "for", "due"), True),
        (event_dates._AGE_OF_A_THING, ("from", "to", "the"), False),
        (event_dates._INSTRUMENT_FOR, ("for",), False),
        (event_dates._HAPPENED_BEFORE, ("the",), True),
    )
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(6))
        for pattern, words, caseless in cases:
            if pattern.search(text):
                assert ends_with_word(text, words, caseless=caseless), (text, pattern)
        if context._AFTER_DOING.search(text):
            assert "after" in text.lower(), text


def test_the_patterns_searched_often_keep_their_fast_paths() -> None:
    """A pattern edit that FirstOf cannot split, or that lowered() cannot read in lower case,
    falls back to a slower search without changing any result: these checks catch that."""
    from tracker.extract import boilerplate, cues, event_dates, events, titles

    assert cues._MOODS.plan is not None
    assert boilerplate._first_of().plan is not None
    assert events._FAST_SAID_ON.fast is not None
    assert event_dates._FAST_BASELINE is not None and event_dates._FAST_HABITUAL is not None
    assert titles._FAST_DANGLING_PREP is not None
