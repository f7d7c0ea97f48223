"""News sentences written for these tests (none from the training data): clear factual claims
with figures score 0.5 and above; questions, opinions, small talk and subscription or newsletter
pitches score below."""

from __future__ import annotations

import pytest

from tracker.extract.claimscore import claim_score

CLAIMS = [
    "Floodwater now covers 31 villages in the Turkistan region, the ministry said on Monday.",
    "About 9,800 people have been displaced since the spillway failed on March 3.",
    "The United Nations released $1.5 million from its emergency fund on Sunday.",
    "Unemployment fell to 4.1 percent in March, the lowest level since 2000.",
    "Repairs are expected to cost 20 billion tenge, or about $44 million, the finance ministry said.",
    "The reservoir holds about 1.2 billion cubic meters of water when full.",
    "Exports of wheat rose 18 percent last year, according to customs data.",
    "Inflation reached 9.4% in June, the highest rate in four decades.",
    "The company cut 1,200 jobs in 2023, more than a tenth of its workforce.",
    "Police arrested 47 people after the protest in Almaty, a spokesman said.",
    "The government has spent $3.2 billion on the border wall since 2019.",
    "Measles cases doubled to 412 in the first half of the year, health officials said.",
    "The city's population grew by 14% between 2010 and 2020, census data show.",
    "Average rents in Berlin have risen 42 percent over the past decade.",
    "The bill passed the Senate by 52 votes to 48 on Thursday.",
]
NOT_CLAIMS = [
    "Subscribe today for unlimited access to our journalism.",
    "Sign up for our newsletter to get the best stories delivered to your inbox.",
    "Already a subscriber? Log in here.",
    "Keep reading for free with a 30-day trial.",
    "What should the government do now?",
    "Is the dam safe?",
    "Why did nobody warn the villagers?",
    "We think this is a wonderful opportunity for everyone.",
    "I hope the families can go home soon.",
    "It was a beautiful morning in the valley.",
    "Thank you all for coming tonight.",
    "This is a disgrace, and someone should resign.",
    "Follow us on social media for the latest updates.",
    "You won't believe what happened next.",
    "Let's be honest with each other.",
]


@pytest.mark.parametrize("sentence", CLAIMS)
def test_factual_news_claims_with_figures_score_high(sentence: str) -> None:
    assert claim_score(sentence) >= 0.5


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_questions_opinions_and_pitches_score_low(sentence: str) -> None:
    assert claim_score(sentence) < 0.5


def test_a_figure_makes_a_sentence_more_check_worthy() -> None:
    assert claim_score("Unemployment fell to 4.1 percent in March.") > claim_score(
        "Unemployment fell in March."
    )
