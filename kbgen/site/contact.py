"""Views of the contact data: header phone link, contact page, "Still need help?", JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

from kbgen.core.contact import WEEKDAYS, ContactData, PhoneLine
from kbgen.site.safety import script_json


@dataclass(frozen=True)
class LineView:
    """A phone line as templates show it."""

    label: str
    e164: str
    shown: str
    serves: list[str]
    languages: list[str]
    timezone: str
    note: str | None
    hours: list[tuple[str, str]]
    """(Weekday, `08:00–20:00` or `Closed`) for each day."""
    hours_json: str
    """Weekly spans in minutes for the browser's open-now indicator."""


@dataclass(frozen=True)
class ContactView:
    """Everything about reaching support, for every page."""

    company: str
    main: LineView
    lines: list[LineView]
    email: str
    mailto: str
    have_ready: list[str]
    postal_address: list[str]
    social: list[tuple[str, str]]


def line_view(line: PhoneLine) -> LineView:
    """A phone line with its hours per weekday."""
    spans = line.hours.spans()
    rows = [(day.capitalize(), ", ".join(str(s) for s in spans[day]) or "Closed")
            for day in WEEKDAYS]
    week = {day: [[s.start, s.end] for s in spans[day]] for day in WEEKDAYS}
    return LineView(line.label, line.e164, line.shown, list(line.serves), list(line.languages),
                    line.timezone, line.note, rows, json.dumps(week, separators=(",", ":")))


def mailto(address: str, subject: str, body: str = "") -> str:
    """A `mailto:` URL with a prefilled subject (and body)."""
    url = f"mailto:{address}?subject={quote(subject)}"
    return f"{url}&body={quote(body)}" if body else url


def contact_view(contact: ContactData) -> ContactView:
    """The contact data as templates show it."""
    lines = [line_view(line) for line in contact.lines]
    address = [row.strip() for row in (contact.postal_address or "").splitlines() if row.strip()]
    return ContactView(contact.company, lines[0], lines, contact.email,
                       mailto(contact.email, contact.email_subject), list(contact.have_ready),
                       address, [(link.label, link.url) for link in contact.social])


def article_mailto(contact: ContactData, title: str, url: str) -> str:
    """E-mail link from an article: the agent sees what the customer already tried."""
    body = (f"I read the article \"{title}\" ({url}) but I still need help.\n\n"
            "What I tried and what happened:\n")
    return mailto(contact.email, f"Still need help: {title}", body)


def json_ld(contact: ContactData, site_url: str | None) -> str:
    """schema.org Organization with a ContactPoint per line, safe inside <script>."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": contact.company,
        "email": contact.email,
        "contactPoint": [
            {"@type": "ContactPoint", "telephone": line.e164, "contactType": line.label,
             "email": contact.email, **({"availableLanguage": list(line.languages)}
                                        if line.languages else {}),
             **({"areaServed": list(line.serves)} if line.serves else {})}
            for line in contact.lines
        ],
    }
    if site_url:
        data["url"] = site_url
    return script_json(data)
