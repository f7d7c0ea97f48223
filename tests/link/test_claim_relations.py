"""How a new claim relates to an earlier one (tracker.link.claims), on sketches of our own."""

from __future__ import annotations

from datetime import date

from tracker.link.claims import ClaimSketch, Figure, relate_claims


def _claim(text: str, made_on: date, *figures: Figure, entities: str = "Vila Lenta") -> ClaimSketch:
    return ClaimSketch(text, None, made_on, None, None, False, frozenset({entities}), figures)


BARGES = Figure(37.0, "barges", None, "37 barges")


def test_a_restatement_with_the_same_figure_supports() -> None:
    old = _claim(
        "Vila Lenta dockers say 37 barges are stuck at the lock.", date(2025, 3, 1), BARGES
    )
    new = _claim("At Vila Lenta, 37 barges remain stuck, dockers said.", date(2025, 3, 2), BARGES)
    relation = relate_claims(new, old)
    assert relation is not None and relation.relation in {"supports", "repeats"}


def test_a_claim_about_the_same_place_without_a_common_figure_is_not_support() -> None:
    old = _claim("Residents of Vila Lenta filed a complaint in September 2023.", date(2025, 3, 1))
    new = _claim(
        "Residents of Vila Lenta say the quarry pumps 400 litres of water a second.",
        date(2025, 3, 9),
        Figure(400.0, "litres per second", None, "400 litres of water a second"),
    )
    assert relate_claims(new, old) is None


def test_a_changed_figure_later_updates() -> None:
    old = _claim("Vila Lenta dockers say 37 barges are stuck.", date(2025, 3, 1), BARGES)
    newer = Figure(52.0, "barges", None, "52 barges")
    new = _claim("Dockers at Vila Lenta now count 52 barges stuck.", date(2025, 3, 4), newer)
    relation = relate_claims(new, old)
    assert relation is not None and relation.relation == "updates"
    assert (relation.old_value, relation.new_value) == (37.0, 52.0)


def test_claims_with_no_entity_in_common_are_not_related() -> None:
    old = _claim("Dockers say 37 barges are stuck.", date(2025, 3, 1), BARGES, entities="Porto")
    new = _claim("Dockers say 37 barges are stuck.", date(2025, 3, 2), BARGES)
    assert relate_claims(new, old) is None


def test_figures_are_compared_only_when_they_count_the_same_thing() -> None:
    old = _claim(
        "A barge sank near Vila Lenta on Friday, killing at least 9 people, the coastguard said.",
        date(2025, 3, 1),
        Figure(9.0, "people", "at least", "at least 9 people"),
    )
    new = _claim(
        "The death toll from the sinking near Vila Lenta has risen to 14, the coastguard said, "
        "as it called off the search for five people still missing.",
        date(2025, 3, 4),
        Figure(14.0, None, None, "14"),
        Figure(5.0, "people", None, "five people"),
    )
    relation = relate_claims(new, old)
    assert relation is not None and relation.relation == "updates"
    assert (relation.old_value, relation.new_value) == (9.0, 14.0)  # not the five missing
    assert relation.note.startswith("deaths:")


def test_a_figure_with_a_measure_is_not_compared_with_one_without() -> None:
    old = _claim(
        "The barge at Vila Lenta carried 40 people.",
        date(2025, 3, 1),
        Figure(40.0, "people", None, "40 people"),
    )
    new = _claim(
        "At Vila Lenta, 6 people are still missing.",
        date(2025, 3, 4),
        Figure(6.0, "people", None, "6 people"),
    )
    assert relate_claims(new, old) is None
