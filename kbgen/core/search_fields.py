"""The fields of the search index and their boosts, shared by the site and `kbgen search`."""

from __future__ import annotations

FIELD_BOOSTS: dict[str, float] = {
    "title": 20.0,
    "errors": 30.0,
    "symptoms": 10.0,
    "tags": 6.0,
    "summary": 4.0,
    "details": 1.0,
}
"""What customers recognise: exact error strings first, then titles and symptom phrases.

Of the body, only the first words of the `## Symptoms` section are indexed (`details`): that
is where customers' own words are; measured on the relevance set (bench/), the rest of the body
adds size, not answers, and the index must download before the first keystroke at 10,000
articles."""

SEPARATOR = r"[\s\-,;:!?()\[\]{}\"/|]+"
"""Token separator (a regular expression valid in Python and JavaScript); keeps codes such as
ERR_SYNC_409 and 0x80070005, and words such as can't, whole."""
