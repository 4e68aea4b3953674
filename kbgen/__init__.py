"""kbgen: turn solved-once support write-ups into a searchable public help site."""

__version__ = "0.1.0"
