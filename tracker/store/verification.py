"""The verification workflow of claims: an append-only status history, custom labels mapped
onto base statuses, verdicts that can be reopened."""

from __future__ import annotations

import json
from urllib.parse import urlparse

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from tracker.errors import InputError, NotFoundError
from tracker.store.engine import write_session
from tracker.store.models import Claim, ClaimStatusChange
from tracker.store.statuses import normalise_status, vocabulary
from tracker.store.views import StatusView


def _check_evidence(urls: list[str]) -> None:
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InputError(f"evidence must be an http(s) URL, got {url!r}")


def set_claim_status(
    engine: Engine,
    claim_id: int,
    status: str,
    *,
    note: str | None = None,
    evidence: list[str] | None = None,
    by: str | None = None,
) -> StatusView:
    """Append a status change to a claim's history and make it the claim's current status.
    Nothing is written when the status, the evidence or the claim id is invalid."""
    base, label = normalise_status(status)
    evidence = list(evidence or [])
    _check_evidence(evidence)
    with write_session(engine) as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        change = ClaimStatusChange(
            claim_id=claim_id,
            status=base,
            label=label,
            note=note,
            evidence=json.dumps(evidence) if evidence else None,
            changed_by=by,
        )
        session.add(change)
        claim.status = base
        session.add(claim)
        session.flush()
        return status_view(change)


def claim_history(session: Session, claim_id: int) -> list[StatusView]:
    """Every status the claim has had, oldest first; NotFoundError for an unknown id."""
    if session.get(Claim, claim_id) is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    rows = session.exec(
        select(ClaimStatusChange)
        .where(ClaimStatusChange.claim_id == claim_id)
        .order_by(col(ClaimStatusChange.changed_at), col(ClaimStatusChange.id))
    ).all()
    return [status_view(r) for r in rows]


def latest_verdicts(session: Session, claim_ids: list[int]) -> dict[int, StatusView]:
    """The newest change of each claim whose current status is a verdict."""
    verdicts = vocabulary().verdicts
    rows = session.exec(
        select(ClaimStatusChange)
        .join(Claim, col(Claim.id) == col(ClaimStatusChange.claim_id))
        .where(col(ClaimStatusChange.claim_id).in_(claim_ids), col(Claim.status).in_(verdicts))
        .order_by(col(ClaimStatusChange.changed_at), col(ClaimStatusChange.id))
    ).all()
    return {r.claim_id: status_view(r) for r in rows if r.status in verdicts}


def status_view(row: ClaimStatusChange) -> StatusView:
    """A history row as a view."""
    return StatusView(
        status=row.status,
        label=row.label,
        note=row.note,
        evidence=tuple(json.loads(row.evidence)) if row.evidence else (),
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )
