"""The publishing gate: personal data, secrets and unsafe HTML in what would be published."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers

from kbgen.core.config import KbConfig
from kbgen.core.model import Article, KnowledgeBase, Located, Page
from kbgen.core.privacy import Allowed, Finding, scan, scan_data
from kbgen.core.sanitize import find_unsafe_html
from kbgen.errors import Problem

ARTICLE_PRIVATE_KEYS = ("tickets",)


def allowed_values(kb: KnowledgeBase, config: KbConfig) -> tuple[Allowed, str | None]:
    """What may be published (the company's own contact details, the allow-list) and the
    region used to read national phone numbers."""
    privacy = config.privacy
    emails = {e.lower() for e in privacy.allow_emails}
    phones = {_e164(p) for p in privacy.allow_phones} - {None}
    region = None
    if kb.contact is not None:
        emails.add(kb.contact.email.lower())
        phones |= {line.e164 for line in kb.contact.lines}
        region = phonenumbers.region_code_for_number(
            phonenumbers.parse(kb.contact.main_line.e164))
    allowed = Allowed(frozenset(emails), frozenset(p for p in phones if p),
                      frozenset(d.lower() for d in privacy.allow_domains),
                      tuple(privacy.allow_patterns))
    return allowed, region


def _e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _problem(origin: Located, finding: Finding) -> Problem:
    return Problem(origin.display_path, finding.line, "error",
                   f"{finding.kind} ({finding.excerpt}) would be published: {finding.advice}")


def personal_data(kb: KnowledgeBase, config: KbConfig) -> Iterator[Problem]:
    """Every finding in published articles, team profiles and data files."""
    allowed, region = allowed_values(kb, config)
    skip = (*ARTICLE_PRIVATE_KEYS, *config.internal_keys)
    for article in kb.public_articles():
        shown = article.meta.model_dump(mode="json", exclude=set(ARTICLE_PRIVATE_KEYS))
        findings = scan_data(shown, allowed, article.origin.line_of, ignore=skip,
                             default_region=region)
        findings += scan(article.public_body, allowed, article.body_line, region)
        yield from (_problem(article.origin, f) for f in findings)
    for page in kb.public_pages():  # home, FAQ and other pages outside articles/
        findings = scan_data(page.meta.model_dump(mode="json"), allowed, page.origin.line_of,
                             default_region=region)
        findings += scan(page.public_body, allowed, page.body_line, region)
        yield from (_problem(page.origin, f) for f in findings)
    for member in kb.team.values():
        data = member.profile.model_dump(mode="json", exclude={"links"})
        for finding in scan_data(data, allowed, member.origin.line_of, default_region=region):
            yield _problem(member.origin, finding)
    if kb.contact_origin is not None and kb.contact is not None:
        data = kb.contact.model_dump(mode="json")
        for finding in scan_data(data, allowed, kb.contact_origin.line_of, default_region=region):
            yield _problem(kb.contact_origin, finding)
    for category in kb.categories.values():
        for finding in scan_data(category.info.model_dump(mode="json"), allowed,
                                 category.origin.line_of, default_region=region):
            yield _problem(category.origin, finding)


def unsafe_html(kb: KnowledgeBase) -> Iterator[Problem]:
    """HTML the site will strip from published articles and pages, as warnings where it was
    written."""
    public: list[Article | Page] = [*kb.public_articles(), *kb.public_pages()]
    for written in public:
        for line, construct in find_unsafe_html(written.public_body, written.body_line):
            yield Problem(written.origin.display_path, line, "warning",
                          f"{construct} is removed from the published page; write it as text"
                          " or use Markdown instead")
