"""Views of the contact data: header phone link, contact page, "Still need help?", JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

from kbgen.core.config import ReplyWithin
from kbgen.core.contact import WEEKDAYS, ContactData, PhoneLine
from kbgen.core.i18n import Translator
from kbgen.core.joining import join_series
from kbgen.site.safety import script_json


@dataclass(frozen=True)
class LineView:
    """A phone line as templates show it."""

    label: str
    e164: str
    shown: str
    serves: list[str]
    languages: list[str]
    """Codes of the languages spoken on the line (`de`, `pt-BR`)."""
    language_names: list[str]
    """Their names in the site's language."""
    timezone: str
    note: str | None
    hours: list[tuple[str, str]]
    """(Weekday, `08:00–20:00` or `Closed`) for each day."""
    hours_json: str
    """Weekly spans in minutes for the browser's open-now indicator."""
    times_json: str
    """Each opening and closing time of the week in the site's language, by minute."""
    speaks_page_language: bool = False
    """Listed first on the contact page: the line speaks the site's language."""


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


def line_view(line: PhoneLine, tr: Translator) -> LineView:
    """A phone line with its hours per weekday, in the site's language."""
    spans = line.hours.spans()
    rows = [(tr.weekday(index), join_series((f"{tr.time(s.start)}–{tr.time(s.end)}"
                                             for s in spans[day]), tr.formats)
             or tr.gettext("Closed"))
            for index, day in enumerate(WEEKDAYS)]
    week = {day: [[s.start, s.end] for s in spans[day]] for day in WEEKDAYS}
    times = {str(minute): tr.time(minute)
             for day in WEEKDAYS for s in spans[day] for minute in (s.start, s.end)}
    times["0"] = tr.time(0)
    return LineView(line.label, line.e164, line.shown, list(line.serves), list(line.languages),
                    [tr.language_name(code) for code in line.languages], line.timezone,
                    line.note, rows, json.dumps(week, separators=(",", ":")),
                    json.dumps(times, ensure_ascii=False, separators=(",", ":")),
                    speaks(line.languages, tr.language))


def speaks(languages: list[str], language: str) -> bool:
    """True if `language` (or its base: `pt` for `pt-BR`) is among the codes `languages`."""
    wanted = language.replace("_", "-").casefold()
    base = wanted.split("-")[0]
    codes = [code.replace("_", "-").casefold() for code in languages]
    return wanted in codes or any(code.split("-")[0] == base for code in codes)


def mailto(address: str, subject: str, body: str = "") -> str:
    """A `mailto:` URL with a prefilled subject (and body); the address is encoded, so that
    nothing in it reads as another field (`?bcc=`), as kb-feedback.js encodes it."""
    url = f"mailto:{quote(address, safe='@')}?subject={quote(subject)}"
    return f"{url}&body={quote(body)}" if body else url


def contact_view(contact: ContactData, tr: Translator) -> ContactView:
    """The contact data as templates show it (the main line stays the first of the file)."""
    lines = [line_view(line, tr) for line in contact.lines]
    address = [row.strip() for row in (contact.postal_address or "").splitlines() if row.strip()]
    return ContactView(contact.company, lines[0], lines, contact.email,
                       mailto(contact.email, contact.email_subject), list(contact.have_ready),
                       address, [(link.label, link.url) for link in contact.social])


def article_mailto(contact: ContactData, title: str, url: str, tr: Translator) -> str:
    """E-mail link from an article: the agent sees what the customer already tried."""
    body = (tr.gettext("I read the article \"%(title)s\" (%(url)s) but I still need help.")
            % {"title": title, "url": url} + "\n\n"
            + tr.gettext("What I tried and what happened:") + "\n")
    return mailto(contact.email, tr.gettext("Still need help: %(title)s") % {"title": title},
                  body)


def by_language(lines: list[LineView]) -> list[LineView]:
    """The lines that speak the page's language first, each group in the file's order."""
    return sorted(lines, key=lambda line: not line.speaks_page_language)


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


def reply_promise(within: ReplyWithin | None, tr: Translator) -> str:
    """The contact page's first sentence, with the answer time the settings promise."""
    if within is None:
        return tr.gettext("Talk to a person: call us, or write to us.")
    if within.hours:
        return tr.ngettext("Talk to a person: call us, or write and we will answer within"
                           " %(num)d hour.", "Talk to a person: call us, or write and we will"
                           " answer within %(num)d hours.", within.hours) % {"num": within.hours}
    if within.days:
        return tr.ngettext("Talk to a person: call us, or write and we will answer within"
                           " %(num)d day.", "Talk to a person: call us, or write and we will"
                           " answer within %(num)d days.", within.days) % {"num": within.days}
    days = within.working_days or 1
    return tr.ngettext("Talk to a person: call us, or write and we will answer within one"
                       " working day.", "Talk to a person: call us, or write and we will answer"
                       " within %(num)d working days.", days) % {"num": days}
