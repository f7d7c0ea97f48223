"""Errors of the claim model."""

from __future__ import annotations

from tracker.errors import TrackerError


class ModelError(TrackerError):
    """The claim model file is missing, unreadable, or not a model this tracker can use.
    The message names the file."""
