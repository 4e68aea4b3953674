"""The fields of the search index and their boosts, shared by the site and `kbgen search`."""

from __future__ import annotations

from kbgen.core.search_place import PLACE_BOOST

FIELD_BOOSTS: dict[str, float] = {
    "title": 20.0,
    "errors": 30.0,
    "symptoms": 10.0,
    "headings": 8.0,
    "tags": 6.0,
    "summary": 4.0,
    "body": 2.0,
    "issue": 1000.0,
    "place": PLACE_BOOST,
}
"""What customers recognise: exact error strings first, then titles and symptom phrases, then
the article's headings, and every other published word of the body (`body`, all sections).

Real help centres arrive with a title, a summary and a body only: measured on a real one
(bench/relevance.py), most answers are in the body. Body words count 2, a tenth of the
title's: against 1, one more answer in the top 5 on each of two development sets
(bench/RESULTS.md, 4 December). `issue` holds the error codes of an open known issue
(kbgen.core.known_issues): searching one puts the issue first. `place` holds the title of
the article's category (kbgen.core.search_place)."""

SEPARATOR = r"[\s\-,;:!?()\[\]{}\"/|]+"
"""Token separator (a regular expression valid in Python and JavaScript); keeps codes such as
ERR_SYNC_409 and 0x80070005, and words such as can't, whole."""
