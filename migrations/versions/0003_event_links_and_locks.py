"""event links (candidates and decisions) and a lock on events a person has decided

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 03:32:05.569026
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('other_event_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_link_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_event_id'], ['event.id'], name=op.f('fk_event_link_other_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_link')),
    sa.UniqueConstraint('event_id', 'other_event_id', name='uq_event_link')
    )
    with op.batch_alter_table('event_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_link_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_link_other_event_id'), ['other_event_id'], unique=False)

    # A plain ADD COLUMN: a batch copy of the table would drop its full-text triggers.
    op.add_column(
        'event', sa.Column('locked', sa.Boolean(), nullable=False, server_default=sa.false())
    )



def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('locked')

    with op.batch_alter_table('event_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_link_other_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_link_event_id'))

    op.drop_table('event_link')
