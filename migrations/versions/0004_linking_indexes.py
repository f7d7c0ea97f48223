"""indexes for linking at ingest: event dates by precision, event end, an entity's newest
events and claims (these replace the plain entity_id indexes they start with)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain CREATE/DROP INDEX statements, no batch mode: a batch copy of the event table would drop
# its full-text triggers.
def upgrade() -> None:
    op.create_index(
        "ix_event_precision_start", "event", ["precision", "start", "end"], unique=False
    )
    op.create_index("ix_event_end", "event", ["end"], unique=False)
    op.create_index(
        "ix_event_entity_entity_event", "event_entity", ["entity_id", "event_id"], unique=False
    )
    op.drop_index("ix_event_entity_entity_id", table_name="event_entity")
    op.create_index(
        "ix_claim_entity_entity_claim", "claim_entity", ["entity_id", "claim_id"], unique=False
    )
    op.drop_index("ix_claim_entity_entity_id", table_name="claim_entity")


def downgrade() -> None:
    op.create_index("ix_claim_entity_entity_id", "claim_entity", ["entity_id"], unique=False)
    op.drop_index("ix_claim_entity_entity_claim", table_name="claim_entity")
    op.create_index("ix_event_entity_entity_id", "event_entity", ["entity_id"], unique=False)
    op.drop_index("ix_event_entity_entity_event", table_name="event_entity")
    op.drop_index("ix_event_end", table_name="event")
    op.drop_index("ix_event_precision_start", table_name="event")
