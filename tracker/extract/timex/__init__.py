"""tracker's temporal tagger: finds time expressions in text and normalises them to TIMEX3
values with the interval of days they denote. Rules and lexicons are data files under
rules/<lang>/; the engine loads and validates them once."""

from tracker.extract.timex.engine import tag_timexes
from tracker.extract.timex.model import Timex

__all__ = ["Timex", "tag_timexes"]
