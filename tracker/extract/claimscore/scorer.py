"""Reading the shipped model file and scoring sentences with it, without scikit-learn.

The score of a sentence is

    z     = intercept + Σ_block coef · l2norm(tf-idf(block terms)) + cue_coef · cues
    score = sigmoid(slope · (z − threshold) + Σ news priors of the cues that fire)

``z`` is the logistic regression's decision function, re-implemented term for term (sublinear
tf, smoothed idf from stored document frequencies, l2 normalisation per block), so it equals
scikit-learn's to rounding. ``slope`` and ``threshold`` are the calibration: a Platt slope fitted
on out-of-fold decisions, and the decision value that maximised F1 in cross-validation, which
the sigmoid maps to 0.5. The news priors are fixed shifts for what debate transcripts cannot
teach (subscription pitches, text addressed to the reader); they are stored in the file too.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import add, is_not, mul
from pathlib import Path
from typing import Any

from tracker.extract.claimscore.errors import ModelError
from tracker.extract.claimscore.features import (
    CUE_NAMES,
    FEATURE_VERSION,
    char_terms,
    char_words,
    cue_vector,
    word_char_grams,
    word_terms,
)

MODEL_FORMAT = "tracker-claim-model"
MODEL_NAME = "claim_model_v2"
MODEL_PATH = Path(__file__).parent / "model" / f"{MODEL_NAME}.json.gz"
THRESHOLD = 0.5
ANALYZERS: dict[str, Callable[[str], list[str]]] = {"word": word_terms, "char": char_terms}
RETRAIN = "rebuild it with `tracker claims train --data crowdsourced.csv`"


def sigmoid(z: float) -> float:
    """The logistic function, without overflow."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class TermBlock:
    """One TF-IDF block: term -> (idf, coefficient), and the analyzer that makes its terms.

    Scoring is the hot path of extraction, so ``decision`` runs in C but for a few calls: the
    block numbers its terms, the char block keeps each word's n-gram numbers (a sentence's
    char n-grams are those of its words, in order), and the v² and v·c (v = tf·idf) of a term
    counted n times are kept under the key ``number + n * step`` once computed. It sums the
    same values in the same order as the plain formula, ``decision_of_terms``, so it gives the
    same bits."""

    name: str
    weights: dict[str, tuple[float, float]]
    sublinear_tf: bool
    _ids: dict[str, int] = field(init=False, repr=False, compare=False)
    _squares: _TermValues = field(init=False, repr=False, compare=False)  # counted n times
    _products: _TermValues = field(init=False, repr=False, compare=False)
    _grams: _WordGrams | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ids = {term: n for n, term in enumerate(self.weights)}
        weights = list(self.weights.values())
        squares = _TermValues(weights, self.sublinear_tf, square=True)
        products = _TermValues(weights, self.sublinear_tf, square=False)
        object.__setattr__(self, "_ids", ids)
        object.__setattr__(self, "_squares", squares)
        object.__setattr__(self, "_products", products)
        object.__setattr__(self, "_grams", _WordGrams(ids) if self.name == "char" else None)

    def decision(self, sentence: str) -> float:
        counts: Counter[int | None]
        if self._grams is not None:
            words = char_words(sentence)
            counts = Counter(chain.from_iterable(map(self._grams.__getitem__, words)))
        else:
            counts = Counter(map(self._ids.get, ANALYZERS[self.name](sentence)))
            counts.pop(None, None)
        # Each term's values under its key ``number + n * step`` (n: its count), in the
        # order decision_of_terms sums them.
        keys = list(map(add, counts, map(mul, counts.values(), repeat(self._squares.step))))
        squares = map(self._squares.__getitem__, keys)
        products = map(self._products.__getitem__, keys)
        norm = math.sqrt(sum(squares))
        if not norm:
            return 0.0
        return sum(products) / norm

    def decisions(self, sentences: Sequence[str]) -> list[float]:
        """``decision`` of each sentence, computed together with numpy: the same bits (each
        sentence's values summed in the order ``decision`` sums them), less Python per term.
        """
        np = _numpy()
        n = len(sentences)
        if self._grams is not None:
            # Each word's n-gram numbers as an array (kept per word), joined in C.
            words = [char_words(sentence) for sentence in sentences]
            parts = list(map(self._grams.arrays.__getitem__, chain.from_iterable(words)))
            if not parts:
                return [0.0] * n
            ids = np.concatenate(parts)
            # The n-grams of each sentence: those of its words.
            ends = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
            last = np.cumsum(np.fromiter(map(len, words), dtype=np.int64, count=n)) - 1
            sizes = np.where(last >= 0, ends[np.maximum(last, 0)], 0)
            lengths = np.diff(sizes, prepend=0)
        else:
            found_ids: list[int] = []
            counted: list[int] = []
            get, analyzer = self._ids.get, ANALYZERS[self.name]
            for sentence in sentences:
                found = list(map(get, analyzer(sentence)))
                before = len(found_ids)
                found_ids.extend(compress(found, map(is_not, found, repeat(None))))  # type: ignore[arg-type]
                counted.append(len(found_ids) - before)
            if not found_ids:
                return [0.0] * n
            ids = np.array(found_ids, dtype=np.int64)
            lengths = counted
        if not len(ids):
            return [0.0] * n
        step, bits = self._squares.step, self._squares.bits
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        keys = (rows << bits) | ids
        # Each sentence's distinct terms, in the order of their first occurrence (Counter's).
        unique, _first, counts = _unique_in_order(np, keys, n, bits)
        terms = unique & (step - 1)
        idf, coef = self._arrays()
        v = self._tf(int(counts.max()))[counts] * idf[terms]
        rows = unique >> bits
        squares = np.bincount(rows, weights=v * v, minlength=n)  # summed in array order
        products = np.bincount(rows, weights=v * coef[terms], minlength=n)
        norms = np.sqrt(squares)
        safe = np.where(norms > 0, norms, 1.0)
        return np.where(norms > 0, products / safe, 0.0).tolist()

    def _arrays(self) -> tuple[Any, Any]:
        """idf and coefficient of each term, by number, as numpy arrays (made once)."""
        cached = self.__dict__.get("_np_arrays")
        if cached is None:
            np = _numpy()
            values = list(self.weights.values())
            cached = (np.array([i for i, _ in values]), np.array([c for _, c in values]))
            object.__setattr__(self, "_np_arrays", cached)
        return cached

    def _tf(self, most: int) -> Any:
        """tf of a count, for counts up to ``most``, computed as decision_of_terms does."""
        table = self.__dict__.get("_np_tf")
        if table is None or len(table) <= most:
            np = _numpy()
            size = max(most + 1, 256)
            values = [0.0] + [
                1.0 + math.log(k) if self.sublinear_tf else float(k) for k in range(1, size)
            ]
            table = np.array(values)
            object.__setattr__(self, "_np_tf", table)
        return table

    def decision_of_terms(self, terms: Sequence[str]) -> float:
        """The block's decision for the terms its analyzer made (the plain formula)."""
        counts = Counter(t for t in terms if t in self.weights)
        values = []
        for term, n in counts.items():
            idf, coef = self.weights[term]
            tf = 1.0 + math.log(n) if self.sublinear_tf else float(n)
            values.append((tf * idf, coef))
        norm = math.sqrt(sum(v * v for v, _ in values))
        if not norm:
            return 0.0
        return sum(v * c for v, c in values) / norm


def _unique_in_order(np: Any, keys: Any, rows: int, bits: int) -> tuple[Any, Any, Any]:
    """The distinct values of ``keys`` (each below ``rows << bits``) in the order of their
    first occurrence, with that occurrence's index and their counts: what ``np.unique(keys,
    return_index=True, return_counts=True)`` gives, reordered by index. Each key is sorted
    with its index in one integer when both fit in 63 bits (a sort of values, cheaper than
    unique's stable argsort), and the first occurrences are put in order by marking them,
    not by sorting them."""
    size = len(keys)
    index_bits = max(size.bit_length(), 1)
    if max(rows.bit_length(), 1) + bits + index_bits <= 63:
        # The packed values are distinct, so any sort gives the same array; numpy's stable
        # sort (timsort) takes about half the time of the default one on these, which come
        # row after row (the row is their highest part).
        packed = np.sort((keys << index_bits) | np.arange(size, dtype=np.int64), kind="stable")
        ordered = packed >> index_bits
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        unique = ordered[starts]
        first = packed[starts] & ((1 << index_bits) - 1)  # the least index of each key
        counts = np.diff(starts, append=size)
    else:
        unique, first, counts = np.unique(keys, return_index=True, return_counts=True)
    # ``first`` holds distinct indexes: marking them gives their order in linear time.
    marked = np.zeros(size, dtype=bool)
    marked[first] = True
    rank = np.empty(size, dtype=np.int64)
    rank[first] = np.arange(len(first), dtype=np.int64)
    order = rank[marked]
    return unique[order], first[order], counts[order]


class _TermValues(dict[int, float]):
    """``number + n * step`` -> v² (``square``) or v·c of that term counted n times in a
    sentence, v = tf·idf computed as decision_of_terms does; filled on first need. ``step``
    is a power of two above every term number."""

    def __init__(
        self, weights: list[tuple[float, float]], sublinear: bool, *, square: bool
    ) -> None:
        super().__init__()
        self.weights = weights
        self.sublinear = sublinear
        self.square = square
        self.bits = max(len(weights).bit_length(), 1)
        self.step = 1 << self.bits

    def __missing__(self, key: int) -> float:
        n = key >> self.bits
        idf, coef = self.weights[key & (self.step - 1)]
        tf = 1.0 + math.log(n) if self.sublinear else float(n)
        v = tf * idf
        value = v * v if self.square else v * coef
        self[key] = value
        return value


class _WordGrams(dict[str, tuple[int, ...]]):
    """word -> the numbers of its char n-grams (in char_terms' order) that the model has
    weights for, made on first sight; forgotten all at once past ``limit`` words, so memory
    stays bounded. ``arrays`` holds the same as numpy arrays."""

    def __init__(self, ids: dict[str, int], limit: int = 50_000) -> None:
        super().__init__()
        self.ids = ids
        self.limit = limit
        self.arrays = _GramArrays(self)

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) >= self.limit:
            self.clear()
        ids = self.ids
        grams = tuple(ids[g] for g in word_char_grams(word) if g in ids)
        self[word] = grams
        return grams

    def array(self, word: str) -> Any:
        """The word's n-gram numbers as a numpy array (int64), kept like the tuples."""
        return self.arrays[word]


class _GramArrays(dict[str, Any]):
    """word -> its n-gram numbers (``grams[word]``) as a numpy array (int64), made on first
    sight (a look-up in C for a word seen before); forgotten all at once past the limit."""

    def __init__(self, grams: _WordGrams) -> None:
        super().__init__()
        self.grams = grams

    def __missing__(self, word: str) -> Any:
        if len(self) >= self.grams.limit:
            self.clear()
        np = _numpy()
        found = self[word] = np.array(self.grams[word], dtype=np.int64)
        return found


@dataclass(frozen=True)
class ClaimModel:
    """The linear model, its calibration and news priors, and how it was made (``meta``)."""

    blocks: tuple[TermBlock, ...]
    cue_weights: tuple[float, ...]
    intercept: float
    slope: float
    threshold: float
    priors: tuple[tuple[int, float], ...]
    meta: dict[str, Any]

    def decision(self, sentence: str) -> float:
        """The logistic regression's decision function (the uncalibrated logit)."""
        return self._decision(sentence, cue_vector(sentence))

    def _decision(self, sentence: str, cues: list[float]) -> float:
        return self._combined([block.decision(sentence) for block in self.blocks], cues)

    def _combined(self, block_decisions: list[float], cues: list[float]) -> float:
        total = sum(block_decisions)
        total += sum(w * x for w, x in zip(self.cue_weights, cues, strict=True))
        return total + self.intercept

    def prior(self, sentence: str) -> float:
        """The sum of the news priors whose cue fires in the sentence."""
        return self._prior(cue_vector(sentence))

    def _prior(self, cues: list[float]) -> float:
        return sum(shift for index, shift in self.priors if cues[index])

    def score(self, sentence: str, *, priors: bool = True) -> float:
        """Check-worthiness in [0, 1], a claim from 0.5; ``priors=False`` leaves out the news
        priors (the score scikit-learn's pipeline gives)."""
        cues = cue_vector(sentence)
        return self._score(self._decision(sentence, cues), cues, priors)

    def _score(self, decision: float, cues: list[float], priors: bool) -> float:
        z = self.slope * (decision - self.threshold)
        if priors:
            z += self._prior(cues)
        return sigmoid(z)

    def scores(self, sentences: Sequence[str], *, priors: bool = True) -> list[float]:
        """``score`` of each sentence, the same bits, computed together (faster for many)."""
        per_block = [block.decisions(sentences) for block in self.blocks]
        out = []
        for n, sentence in enumerate(sentences):
            cues = cue_vector(sentence)
            decision = self._combined([d[n] for d in per_block], cues)
            out.append(self._score(decision, cues, priors))
        return out


def _floats(values: Any, size: int | None = None) -> list[float]:
    out = [float(v) for v in values]
    if size is not None and len(out) != size:
        raise ValueError("list sizes differ")
    return out


def model_from_document(data: dict[str, Any]) -> ClaimModel:
    """The model of a parsed model file; KeyError/TypeError/ValueError when malformed."""
    blocks = []
    for name in ANALYZERS:
        block = data["blocks"][name]
        terms = [str(t) for t in block["terms"]]
        df = _floats(block["df"], len(terms))
        coef = _floats(block["coef"], len(terms))
        n_docs = float(block["n_docs"])
        idf = [math.log((1.0 + n_docs) / (1.0 + d)) + 1.0 for d in df]
        weights = dict(zip(terms, zip(idf, coef, strict=True), strict=True))
        blocks.append(TermBlock(name, weights, bool(block["sublinear_tf"])))
    if list(data["cues"]["names"]) != list(CUE_NAMES):
        raise ValueError("cue names differ from this tracker's")
    cue_weights = _floats(data["cues"]["coef"], len(CUE_NAMES))
    calibration = data["calibration"]
    slope = float(calibration["slope"])
    if not slope > 0:
        raise ValueError("calibration slope must be positive")
    priors = tuple(
        (CUE_NAMES.index(str(p["cue"])), float(p["shift"])) for p in data.get("priors", [])
    )
    return ClaimModel(
        blocks=tuple(blocks),
        cue_weights=tuple(cue_weights),
        intercept=float(data["intercept"]),
        slope=slope,
        threshold=float(calibration["threshold"]),
        priors=priors,
        meta=dict(data.get("meta") or {}),
    )


def load_model(path: Path = MODEL_PATH) -> ClaimModel:
    """Read and check a model file (gzip-compressed JSON, or plain JSON when the name does not
    end in .gz). ModelError, naming the file, when it is missing, corrupt or of another
    version."""
    try:
        raw = path.read_bytes()
        text = gzip.decompress(raw) if path.suffix == ".gz" else raw
        data = json.loads(text)
    except FileNotFoundError:
        raise ModelError(f"claim model file {path} is missing; {RETRAIN}") from None
    except (OSError, EOFError, ValueError) as exc:
        raise ModelError(
            f"claim model file {path} is corrupt ({type(exc).__name__}); {RETRAIN}"
        ) from None
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ModelError(f"claim model file {path} is corrupt (not a {MODEL_FORMAT} file)")
    if data.get("feature_version") != FEATURE_VERSION:
        raise ModelError(
            f"claim model file {path} was built for features v{data.get('feature_version')}, "
            f"this tracker has v{FEATURE_VERSION}; {RETRAIN}"
        )
    try:
        return model_from_document(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(f"claim model file {path} is corrupt (bad field: {exc})") from None


@lru_cache(maxsize=1)
def shipped_model() -> ClaimModel:
    """The model shipped in the package, read once."""
    return load_model(MODEL_PATH)


def claim_score(sentence: str) -> float:
    """How check-worthy a sentence is, in [0, 1]; a claim from 0.5 up."""
    return shipped_model().score(sentence)


def claim_scores(sentences: Sequence[str]) -> list[float]:
    """claim_score of each sentence, computed together (faster for an article's sentences)."""
    return shipped_model().scores(sentences)


@lru_cache(maxsize=1)
def _numpy() -> Any:
    """numpy, imported on first need (commands that score nothing do not pay for it)."""
    import numpy

    return numpy
