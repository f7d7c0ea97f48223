"""tracker: turn news articles into a chronology of dated events and check-worthy claims."""

__version__ = "0.1.0"
