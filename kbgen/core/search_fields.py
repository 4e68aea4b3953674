"""The fields of the search index and their boosts, shared by the site and `kbgen search`."""

from __future__ import annotations

from kbgen.core.model import Article, TeamMember

FIELD_BOOSTS: dict[str, float] = {
    "title": 20.0,
    "errors": 30.0,
    "symptoms": 10.0,
    "tags": 6.0,
    "summary": 4.0,
    "text": 1.0,
}
"""Exact error strings, titles and symptom phrases rank above body text."""

SEPARATOR = r"[\s\-,;:!?()\[\]{}\"/|]+"
"""Token separator; keeps codes such as ERR_SYNC_409 and 0x80070005, and words such as can't,
whole."""


def article_fields(article: Article) -> dict[str, str | list[str]]:
    """Front matter fields of an article's search entry (beside title and text)."""
    return {"summary": article.meta.summary, "symptoms": " ".join(article.meta.symptoms),
            "errors": " ".join(article.meta.errors), "tags": list(article.meta.tags)}


def member_fields(member: TeamMember) -> dict[str, str | list[str]]:
    """Fields of a team profile's search entry: found by name (title), role and expertise."""
    profile = member.profile
    return {"summary": f"{profile.role}, {profile.team}", "tags": list(profile.expertise)}
