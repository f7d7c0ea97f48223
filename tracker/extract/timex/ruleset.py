"""Loading a language's rule files (rules/<lang>/*.yaml) once: validation with errors naming
the file and the rule, placeholders expanded from the lexicon, one master expression."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.extract.datafiles import RuleFileError, parse_yaml
from tracker.extract.nocase import lowered
from tracker.extract.timex import normalize, relative  # noqa: F401  (they register normalisers)
from tracker.extract.timex.lexicon import PLACEHOLDERS, Lexicon
from tracker.extract.timex.registry import REGISTRY
from tracker.extract.wordscan import (
    FirstChars,
    first_chars,
    literal_prefixes,
    required_literals,
    syntax_tree,
)

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Rule:
    """One detection rule: a pattern, the normaliser of its matches, and its own tests."""

    id: str
    file: str
    pattern: str
    raw: str
    norm: str
    params: dict[str, str] = field(default_factory=dict)
    examples: tuple[dict[str, Any], ...] = ()
    counter_examples: tuple[str, ...] = ()
    flags: int = re.I
    timeml: bool = True  # False: found, but TimeML does not annotate it (see the adapter)
    # True ("timeml: duration"): TimeML annotates the count of units as a DURATION and the
    # word after it as a signal ("[three days] later"); the tagger's value is the day it names
    timeml_duration: bool = False

    @property
    def ref(self) -> str:
        """file:rule-id, as a Timex names the rule that found it."""
        return f"{self.file}:{self.id}"


@dataclass(frozen=True)
class RuleSet:
    """All rules of a language, their lexicon, each rule compiled, and for every trigger word
    the rules that can match around it (in rule order)."""

    lang: str
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    compiled: tuple[re.Pattern[str], ...]
    by_trigger: dict[str, tuple[int, ...]]
    # per rule, the characters its matches can start with (None: any); see wordscan.py
    first: tuple[FirstChars | None, ...] = ()
    # per rule, the literal texts one of which its matches start with (None: not known)
    prefixes: tuple[tuple[str, ...] | None, ...] = ()
    # per rule, texts one of which each of its matches contains, in caseless_lower's form
    # (wordscan.required_literals; None: none known, or single characters, which tell little)
    required: tuple[frozenset[str] | None, ...] = ()

    @cached_property
    def first_sets(self) -> tuple[frozenset[str] | None, ...]:
        """``first`` as sets of characters, ASCII digits included for \\d (the tagger does
        not use them at a non-ASCII digit)."""
        return tuple(
            None if f is None else f.chars | (_ASCII_DIGITS if f.digits else frozenset())
            for f in self.first
        )

    @cached_property
    def _by_first_char(self) -> dict[tuple[int, ...], dict[str, tuple[int, ...]]]:
        return {}

    def by_first_char(self, candidates: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
        """The table, filled by the caller with ``starting_with``, of the rules among
        ``candidates`` that can start with a character, by that (lower-case) character: one
        table per tuple of candidates, kept with the rule set."""
        return self._by_first_char.setdefault(candidates, {})

    def starting_with(self, candidates: tuple[int, ...], ch: str) -> tuple[int, ...]:
        """Those of ``candidates`` (in order) whose matches can start with ``ch`` (lower
        case), as ``first_sets`` says."""
        first = self.first_sets
        return tuple(i for i in candidates if (can := first[i]) is None or ch in can)

    @cached_property
    def fast(self) -> _LowerForms:
        """Per rule (by index), its pattern for caseless_lower's text (nocase.lowered; None
        when it has none): a quicker test of whether the rule matches at a place, and how
        far. Compiled on first need: a rule never tried costs nothing."""
        return _LowerForms(self.compiled)

    @cached_property
    def _scan(self) -> tuple[re.Pattern[str] | None, dict[str, int], tuple[int, ...]]:
        """What ``present`` needs: one pattern finding, at each place of a text, the longest
        of all the rules' required texts that starts there (a trie); what each such text
        satisfies (a bit per distinct set of required texts: every text of the rules that is
        a prefix of it is there too); and each rule's bit (0: it requires nothing)."""
        sets: dict[frozenset[str], int] = {}
        for needed in self.required:
            if needed is not None:
                sets.setdefault(needed, 1 << len(sets))
        bits = tuple(0 if needed is None else sets[needed] for needed in self.required)
        texts = sorted({t for needed in sets for t in needed})
        sat = {
            t: sum(bit for needed, bit in sets.items() if any(t.startswith(u) for u in needed))
            for t in texts
        }
        scan = re.compile(f"(?=({longest_first_trie(texts)}))") if texts else None
        return scan, sat, bits

    @cached_property
    def _kept(self) -> dict[tuple[int, ...], tuple[int, dict[int, tuple[int, ...]]]]:
        return {}

    def required_hits(self, lower: str) -> RequiredHits:
        """Where the rules' required texts occur in ``lower`` (a caseless_lower text), found
        as ``present`` reads them: each place looked at once, only around the triggers."""
        return RequiredHits(lower, self._scan[0])

    def present(
        self, candidates: tuple[int, ...], hits: RequiredHits, start: int, end: int
    ) -> tuple[int, ...]:
        """Those of ``candidates`` (in order) that can match within hits.lower[start:end]:
        the rules one of whose required texts occurs there, and those that require none.
        For one ``hits``, the windows must come left to right (start and end never less
        than the last window's)."""
        scan, sat, bits = self._scan
        if scan is None:
            return candidates
        hits.scan_to(start, end)
        found = 0
        starts, texts = hits.starts, hits.texts
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            text = texts[k]
            if starts[k] + len(text) > end:  # runs past the window: the longest that fits
                m = scan.match(hits.lower, starts[k], end)
                if m is None:
                    continue
                text = m.group(1)
            found |= sat[text]
        entry = self._kept.get(candidates)
        if entry is None:
            mask = 0
            for i in candidates:
                mask |= bits[i]
            entry = self._kept[candidates] = (mask, {})
        mask, kept_by = entry
        kept = kept_by.get(found & mask)
        if kept is None:
            kept = kept_by[found & mask] = tuple(
                i for i in candidates if not bits[i] or bits[i] & found
            )
        return kept

    def candidates(self, token: str) -> tuple[int, ...]:
        """Indexes of the rules worth trying near ``token`` (lower case)."""
        if token.isalpha():  # most words: one look-up
            return self.by_trigger.get(token, ())
        if any(ch.isdigit() for ch in token):
            return self.by_trigger.get(DIGIT, ())
        return self.by_trigger.get(token, ())


class RequiredHits:
    """The rules' required texts in one caseless_lower text (RuleSet.required_hits), found
    as windows moving left to right ask for them: ``texts[k]``, the longest one starting
    at ``starts[k]`` (ascending), for every place of the windows asked about so far."""

    def __init__(self, lower: str, scan: re.Pattern[str] | None) -> None:
        self.lower = lower
        self.starts: list[int] = []
        self.texts: list[str] = []
        self._scan = scan
        self._found: Iterator[re.Match[str]] = iter(())
        self._pending: re.Match[str] | None = None  # found, at or after ``_done``
        self._done = -1  # every place before this was looked at (since the last jump)

    def scan_to(self, start: int, end: int) -> None:
        """Finds the hits at the places of [start, end) (``start`` not before the last
        call's): a place between two windows is never looked at."""
        if self._scan is None:
            return
        if start > self._done:  # a gap: start again there
            self._found = self._scan.finditer(self.lower, start)
            self._pending = next(self._found, None)
        while self._pending is not None and self._pending.start() < end:
            self.starts.append(self._pending.start())
            self.texts.append(self._pending.group(1))
            self._pending = next(self._found, None)
        self._done = max(self._done, end)


class _LowerForms(dict[int, "re.Pattern[str] | None"]):
    """rule index -> nocase.lowered of its compiled pattern, made on first need."""

    def __init__(self, compiled: tuple[re.Pattern[str], ...]) -> None:
        super().__init__()
        self.compiled = compiled

    def __missing__(self, index: int) -> re.Pattern[str] | None:
        quick = self[index] = lowered(self.compiled[index])
        return quick


def longest_first_trie(texts: list[str]) -> str:
    """A pattern (no flags needed: lower-case word characters) matching, at a place, the
    longest of ``texts`` that starts there: a trie whose every node is tried before the text
    ending at it ("day(?:s)?")."""
    tree: dict[str, Any] = {}
    for text in texts:
        node = tree
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        kids = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


DIGIT = "<digit>"
_ASCII_DIGITS = frozenset("0123456789")
_LITERAL_WORD = re.compile(r"[a-z]{3,}")


def _rule_triggers(raw: str, lexicon: Lexicon) -> set[str]:
    """The trigger words a rule's raw pattern can contain: the words of the tables its
    placeholders name, the trigger words written in it, and digits when it has \\d."""
    found: set[str] = set()
    for name in _PLACEHOLDER.findall(raw):
        if name in lexicon.fragments:
            raw = raw + " " + lexicon.fragments[name]
            continue
        table = lexicon.tables[PLACEHOLDERS[name]]
        found.update(w for key in table for w in key.lower().split() if w in lexicon.triggers)
    literal = re.sub(r"\\[a-zA-Z]|\{[A-Z_]+\}|\(\?P<\w+>", " ", raw)
    found.update(w for w in _LITERAL_WORD.findall(literal.lower()) if w in lexicon.triggers)
    if "\\d" in raw:
        found.add(DIGIT)
    return found


def _expand(pattern: str, lexicon: Lexicon, where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in PLACEHOLDERS and m.group(1) not in lexicon.fragments:
            raise RuleFileError(f"{where}: unknown placeholder {{{m.group(1)}}}")
        return lexicon.pattern(m.group(1))

    return _PLACEHOLDER.sub(sub, pattern)


def parse_rule_file(data: Any, filename: str, lexicon: Lexicon) -> list[Rule]:
    """Validate one parsed rule file."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleFileError(f"{filename}: expected a top-level 'rules' list")
    out = []
    for n, item in enumerate(data["rules"]):
        if not isinstance(item, dict) or "id" not in item:
            raise RuleFileError(f"{filename}: rule #{n + 1}: missing id")
        rule_id = str(item["id"])
        where = f"{filename}: rule {rule_id!r}"
        for key in ("pattern", "norm"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise RuleFileError(f"{where}: {key!r} must be a non-empty string")
        if item["norm"] not in REGISTRY:
            raise RuleFileError(f"{where}: unknown normaliser {item['norm']!r}")
        pattern = _expand(item["pattern"], lexicon, where)
        try:
            re.compile(pattern, re.I)
        except re.error as exc:
            raise RuleFileError(f"{where}: bad pattern: {exc}") from None
        examples = item.get("examples") or []
        if not all(isinstance(e, dict) and "text" in e and "value" in e for e in examples):
            raise RuleFileError(f"{where}: every example needs 'text' and 'value'")
        params = {
            str(k): (None if v is None else str(v)) for k, v in (item.get("params") or {}).items()
        }
        if item.get("timeml", True) not in (True, False, "duration"):
            raise RuleFileError(f"{where}: 'timeml' must be true, false or duration")
        out.append(
            Rule(
                rule_id,
                filename,
                pattern,
                item["pattern"],
                item["norm"],
                params,  # type: ignore[arg-type]
                tuple(examples),
                tuple(str(c) for c in item.get("counter_examples") or ()),
                timeml=bool(item.get("timeml", True)),
                timeml_duration=item.get("timeml") == "duration",
            )
        )
    return out


def build_ruleset(lang: str, files: dict[str, str]) -> RuleSet:
    """A RuleSet from the texts of a language's files (name -> YAML text)."""
    if "lexicon.yaml" not in files:
        raise RuleFileError(f"rules/{lang}: lexicon.yaml is missing")
    lexicon = Lexicon.from_data(parse_yaml(files["lexicon.yaml"], "lexicon.yaml"), "lexicon.yaml")
    rules: list[Rule] = []
    for name in sorted(files):
        if name != "lexicon.yaml":
            rules.extend(parse_rule_file(parse_yaml(files[name], name), name, lexicon))
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleFileError(f"{rule.file}: rule {rule.id!r}: duplicated id")
        seen.add(rule.id)
    compiled = tuple(re.compile(r.pattern, re.I) for r in rules)
    by_trigger: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        triggers = _rule_triggers(rule.raw, lexicon)
        if not triggers:
            raise RuleFileError(f"{rule.file}: rule {rule.id!r}: contains no trigger word")
        for word in triggers:
            by_trigger.setdefault(word, []).append(i)
    frozen = {k: tuple(v) for k, v in by_trigger.items()}
    trees = [syntax_tree(p) for p in compiled]  # parsed once for the three readings
    first = tuple(first_chars(p, t) for p, t in zip(compiled, trees, strict=True))
    prefixes = tuple(literal_prefixes(p, t) for p, t in zip(compiled, trees, strict=True))
    required = tuple(
        None if needed is None or min(map(len, needed)) < 2 else needed
        for needed in (required_literals(p, t) for p, t in zip(compiled, trees, strict=True))
    )
    return RuleSet(lang, lexicon, tuple(rules), compiled, frozen, first, prefixes, required)


def rules_dir(lang: str) -> Path:
    """Where a language's rule files live in the package."""
    return Path(str(resources.files("tracker.extract.timex.rules").joinpath(lang)))


@lru_cache(maxsize=8)
def load_ruleset(lang: str = "en") -> RuleSet:
    """The rules of ``lang``, loaded and validated once."""
    folder = rules_dir(lang)
    if not folder.is_dir():
        raise RuleFileError(f"no temporal rules for language {lang!r}")
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}
    return build_ruleset(lang, files)
