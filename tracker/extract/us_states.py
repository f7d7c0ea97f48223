"""The abbreviations news agencies write for US states (data/us_states.yaml), loaded and
checked once; used by the gazetteer (entities.py) and the sentence splitter (sentences.py)."""

from __future__ import annotations

from functools import lru_cache

from tracker.extract.datafiles import RuleFileError, load_data_file

FILE = "us_states.yaml"


@lru_cache(maxsize=1)
def us_state_abbreviations() -> dict[str, list[str]]:
    """Postal code -> the abbreviations of that state in news ("CA" -> ["Calif."])."""
    data = load_data_file(FILE)
    table = data.get("abbreviations") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(a, str) for a in v)
        for k, v in table.items()
    ):
        raise RuleFileError(f"{FILE}: 'abbreviations' must map postal codes to lists of strings")
    return table


@lru_cache(maxsize=1)
def state_after_comma_only() -> frozenset[str]:
    """Abbreviations that are a state only after a city and a comma ("Springfield, Ill."),
    not the word they spell ("he was ill."); each must be one of the abbreviations."""
    data = load_data_file(FILE)
    listed = data.get("after_a_comma") if isinstance(data, dict) else None
    if not isinstance(listed, list) or not all(isinstance(a, str) for a in listed):
        raise RuleFileError(f"{FILE}: 'after_a_comma' must be a list of abbreviations")
    known = {a for forms in us_state_abbreviations().values() for a in forms}
    unknown = sorted(set(listed) - known)
    if unknown:
        raise RuleFileError(f"{FILE}: after_a_comma lists {unknown}, which are no abbreviations")
    return frozenset(listed)
