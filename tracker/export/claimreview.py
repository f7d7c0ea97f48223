"""schema.org ClaimReview JSON-LD for claims that have a verdict."""

from __future__ import annotations

from typing import Any

from tracker.store.views import ClaimView, StatusView

# Verdict -> (ratingValue on a 1-5 scale, alternateName shown to readers).
RATINGS = {
    "false": (1, "False"),
    "misleading": (2, "Misleading"),
    "unproven": (3, "Unproven"),
    "verified": (5, "True"),
}


def claim_review(
    claim: ClaimView,
    verdict: StatusView,
    *,
    publisher: str | None = None,
    review_url: str | None = None,
) -> dict[str, Any]:
    """One ClaimReview object: the claim as itemReviewed (author, date, where it appeared) and
    the verdict as reviewRating. ``review_url`` defaults to the verdict's first evidence URL."""
    value, name = RATINGS[verdict.status]
    appearance = [
        {"@type": "CreativeWork", "url": s.url, "headline": s.article_title}
        for s in claim.sources
        if s.url
    ]
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant:
        item["author"] = {"@type": "Organization", "name": claim.claimant}
    if claim.made_on:
        item["datePublished"] = claim.made_on.isoformat()
    if appearance:
        item["appearance"] = appearance
        item["firstAppearance"] = appearance[0]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": verdict.changed_at.date().isoformat(),
        "author": {"@type": "Organization", "name": publisher or verdict.changed_by or "tracker"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": verdict.label or name,
        },
        "itemReviewed": item,
    }
    url = review_url or (verdict.evidence[0] if verdict.evidence else None)
    if url:
        review["url"] = url
    return review
