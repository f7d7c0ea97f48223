"""Domain errors. Each carries a one-line message a user can act on; the CLI prints it."""

from __future__ import annotations


class TrackerError(Exception):
    """Base class for every error the CLI reports as a single line and a non-zero exit."""


class InputError(TrackerError):
    """An article, file or value given by the user cannot be used."""


class DateParseError(InputError):
    """A date typed by a person could not be understood."""


class NotFoundError(TrackerError):
    """An id that names no stored row."""


class DatabaseError(TrackerError):
    """The database URL is invalid, unreachable, or its schema cannot be brought up to date."""
