"""Persistence: SQLAlchemy models, services that own every query, Alembic migrations.

Nothing in here imports another Storyloom package; callers pass an ``AsyncSession``
and the caller's ``account_id`` so every query is scoped to one tenant.
"""
