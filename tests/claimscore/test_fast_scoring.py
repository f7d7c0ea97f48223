"""The scorer's fast path (term numbers, per-word n-grams, kept values) gives the very same
bits as the plain formula, and the feature functions the same terms as their plain
definitions."""

from __future__ import annotations

import itertools
import random

from tracker.extract.claimscore import shipped_model
from tracker.extract.claimscore.features import (
    _DIGIT,
    _TOKEN,
    CHAR_RANGE,
    char_terms,
    cue_vector,
    normalise,
    shape,
    word_terms,
)
from tracker.extract.claimscore.scorer import ANALYZERS

SAMPLE = (
    "Officials said 14 bridges were destroyed and 300 kilometres of road washed away. "
    "The central bank raised its main rate to 5.25% on Wednesday, up from 4.5% in 2023. "
    "I believe our best days are still ahead of us — “really” ahead! Who pays $1,450? "
    "the the the the the the of of of of a a a a 1990s 21st 300s £20 €5 Düsseldorf İstanbul "
    "Subscribe to our newsletter. Good evening. Rents rose 12% to $1,450 in 2023."
)


def _sentences(n: int = 400) -> list[str]:
    rng = random.Random(11)
    words = SAMPLE.split()
    out = [s.strip() for s in SAMPLE.split(".") if s.strip()]
    for _ in range(n):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))))
    out.append(" ".join(["the"] * 300))  # counts above 255
    return out


def test_block_decisions_are_the_plain_formula_to_the_bit() -> None:
    model = shipped_model()
    for sentence in _sentences():
        for block in model.blocks:
            plain = block.decision_of_terms(ANALYZERS[block.name](sentence))
            assert block.decision(sentence) == plain, (block.name, sentence)


def test_scores_are_the_plain_formula_to_the_bit() -> None:
    model = shipped_model()
    for sentence in _sentences(100):
        total = sum(b.decision_of_terms(ANALYZERS[b.name](sentence)) for b in model.blocks)
        cues = cue_vector(sentence)
        total += sum(w * x for w, x in zip(model.cue_weights, cues, strict=True))
        assert model.decision(sentence) == total + model.intercept


def test_word_and_char_terms_as_defined() -> None:
    for sentence in _sentences(200):
        words = [shape(t) for t in _TOKEN.findall(normalise(sentence))]
        assert word_terms(sentence) == words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        text = _DIGIT.sub("0", normalise(sentence).lower())
        grams = []
        for word in text.split():
            padded = f" {word} "
            for n in range(CHAR_RANGE[0], CHAR_RANGE[1] + 1):
                if n > len(padded):
                    break
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        assert char_terms(sentence) == grams


def test_scores_together_are_each_score_to_the_bit() -> None:
    model = shipped_model()
    sentences = _sentences(300)
    for block in model.blocks:
        assert block.decisions(sentences) == [block.decision(s) for s in sentences], block.name
    assert model.scores(sentences) == [model.score(s) for s in sentences]
    assert model.scores(sentences, priors=False) == [
        model.score(s, priors=False) for s in sentences
    ]
    assert model.scores([]) == []
    assert model.scores(["", "   "]) == [model.score(""), model.score("   ")]


def test_unique_in_order_is_unique_sorted_by_first_occurrence() -> None:
    import numpy as np

    from tracker.extract.claimscore.scorer import _unique_in_order

    rng = random.Random(5)
    for rows, bits in ((1, 1), (3, 4), (50, 16), (300, 18), (1 << 20, 40)):  # the last: no packing
        for _ in range(20):
            size = rng.randint(1, 400)
            keys = sorted(rng.randrange(rows) for _ in range(size))  # rows in order, as scored
            values = np.array(
                [(r << bits) | rng.randrange(min(1 << bits, 7 + rng.randrange(50))) for r in keys],
                dtype=np.int64,
            )
            unique, first, counts = np.unique(values, return_index=True, return_counts=True)
            order = np.argsort(first, kind="stable")
            got = _unique_in_order(np, values, rows, bits)
            for want, have in zip((unique[order], first[order], counts[order]), got, strict=True):
                assert have.tolist() == want.tolist()


def test_text_preparation_shortcuts_as_the_plain_definitions() -> None:
    import re

    from tracker.extract.claimscore.features import _QUOTES, _SPACE, CUES, char_words
    from tracker.extract.nocase import words

    rng = random.Random(19)
    pieces = [*SAMPLE.split(), "  ", "\t", "\n", "‘", "’", "“", "”", "–", "—", "٣", "²", "x_y"]
    pieces += ["\u00a0", "\x1c", "I'm", "we're", "Said", "walked"]
    texts = _sentences(200) + [
        "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 30)))
        for _ in range(2000)
    ]
    for text in texts:
        plain = text.translate(_QUOTES)
        assert normalise(text) == plain
        assert char_words(text) == _DIGIT.sub("0", plain.lower()).split()
        assert words(text) == frozenset(re.findall(r"\w+", text))
        spaced = _SPACE.sub(" ", plain.strip())
        expected = [1.0 if pattern.search(spaced) else 0.0 for _, pattern in CUES]
        expected.append(min(len(spaced.split()), 60) / 60)
        assert cue_vector(text) == expected, text
