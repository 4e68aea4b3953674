"""The fields of the search index and their boosts, shared by the site and `kbgen search`."""

from __future__ import annotations

FIELD_BOOSTS: dict[str, float] = {
    "title": 20.0,
    "errors": 30.0,
    "symptoms": 10.0,
    "tags": 6.0,
    "summary": 4.0,
    "text": 1.0,
}
"""Exact error strings, titles and symptom phrases rank above body text."""

SEPARATOR = r"[\s\-,;:!?()\[\]{}\"'/|]+"
"""Token separator; keeps codes such as ERR_SYNC_409 and 0x80070005 whole."""
