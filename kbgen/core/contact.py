"""How customers reach a human: phone lines with opening hours, e-mail, address, checklist."""

from __future__ import annotations

import re
from typing import Annotated, Literal

import phonenumbers
from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from kbgen.core.hours import WEEKDAYS, Span, parse_day
from kbgen.core.i18n import LanguageCode
from kbgen.core.schema import (
    COUNTRY_CODE,
    EMAIL_PATTERN,
    Line,
    Link,
    StrictModel,
    Text,
    TimeZone,
    visible,
)

CONTACT_FILE = "_data/contact.yml"


def _valid_day(value: str | list[str]) -> str | list[str]:
    parse_day(value)
    return value


DayHours = Annotated[str | list[str], AfterValidator(_valid_day)]
"""`closed`, `"08:00-20:00"` or a list of such ranges."""


class WeekHours(StrictModel):
    """Opening hours per weekday; a missing day is closed."""

    monday: DayHours = "closed"
    tuesday: DayHours = "closed"
    wednesday: DayHours = "closed"
    thursday: DayHours = "closed"
    friday: DayHours = "closed"
    saturday: DayHours = "closed"
    sunday: DayHours = "closed"

    def spans(self) -> dict[str, list[Span]]:
        """Parsed spans per weekday."""
        return {day: parse_day(getattr(self, day)) for day in WEEKDAYS}


_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*[0-9]+$", re.I)
_DIALLED = re.compile(r"^\+?[0-9][0-9 ()./-]*$")
"""What a number may be written with: digits, a leading +, spaces, brackets, dots, dashes."""


def written_not_in_digits(number: str) -> str | None:
    """Why `number` is not written in digits (`+1 800 FLOWERS`), or None.

    Vanity letters are read as digits by phone libraries, but customers and screen readers
    see letters, and two spellings of one number escape comparison with the contact data."""
    if _DIALLED.match(_EXTENSION.sub("", number.strip())):
        return None
    digits = phonenumbers.convert_alpha_characters_in_number(number)
    example = f" ({digits})" if _DIALLED.match(_EXTENSION.sub("", digits.strip())) else ""
    return (f"'{number}' is not written in digits; write it as customers dial it{example}:"
            " digits, a leading +, spaces, brackets, dots or dashes")


class PhoneLine(StrictModel):
    """One phone line."""

    label: Line
    """What the line is for, e.g. `General support`."""
    region: Annotated[str, Field(pattern=COUNTRY_CODE)] | None = None
    """Two-letter country code used to read a national number such as `020 7946 0958`."""
    number: Line
    """The number, international (`+44 20 7946 0958`) or national with `region`."""
    display: Literal["international", "national"] = "international"
    """How the number is shown; links always use E.164."""
    serves: list[Line] = []
    """Regions or customers the line serves."""
    languages: list[LanguageCode] = []
    """Languages spoken on the line: codes such as `de`, `pt-BR`."""
    timezone: TimeZone
    """IANA time zone of the opening hours."""
    hours: WeekHours
    """Opening hours per weekday."""
    note: Line | None = None
    """A short note such as `Free from UK landlines`."""

    @field_validator("number")
    @classmethod
    def _parse_number(cls, value: str, info: ValidationInfo) -> str:
        region = info.data.get("region")
        not_digits = written_not_in_digits(value)
        if not_digits:
            raise ValueError(not_digits)
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            hint = "" if region else " (start with + and the country code, or set `region`)"
            raise ValueError(f"'{value}' is not a valid phone number{hint}")
        return value

    @property
    def _parsed(self) -> phonenumbers.PhoneNumber:
        return phonenumbers.parse(self.number, self.region)

    @property
    def e164(self) -> str:
        """`+442079460958`, for `tel:` links and structured data."""
        return phonenumbers.format_number(self._parsed, phonenumbers.PhoneNumberFormat.E164)

    @property
    def shown(self) -> str:
        """The number as customers read it."""
        style = (phonenumbers.PhoneNumberFormat.NATIONAL if self.display == "national"
                 else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(self._parsed, style)


LINK_CHARACTERS = frozenset("?&#%,;<>\"\\")
"""Characters a `mailto:` link reads as more than an address (`?bcc=`, `&cc=`, a second
recipient after `,` or `;`, a fragment, an encoded one), and markup's; no real support
address has them (an apostrophe or a slash, which RFC 5322 allows, is kept)."""


def one_address(value: str) -> str:
    """Refuse an address that the site's e-mail links would read as more than one address:
    `help@shop.example?bcc=someone%40elsewhere.net` sends every customer's message to a
    second mailbox as a blind copy."""
    if found := sorted({char for char in value if char in LINK_CHARACTERS}):
        shown = " ".join(f"'{char}'" for char in found)
        raise ValueError(f"{value!r} has {shown}, which every e-mail link of the site would read"
                         " as more than an address (a copy or another recipient of each"
                         " customer's message); write one plain address, such as"
                         " support@example.com")
    return value


Email = Annotated[str, Field(pattern=EMAIL_PATTERN), AfterValidator(visible),
                  AfterValidator(one_address)]


class ContactData(StrictModel):
    """`_data/contact.yml`: how to reach support."""

    company: Line
    """Company name, used in structured data."""
    email: Email
    """Support e-mail address."""
    email_subject: Line = "Help request"
    """Subject prefilled in e-mail links from the contact page."""
    lines: Annotated[list[PhoneLine], Field(min_length=1)]
    """Phone lines; the first is the main number shown on every page."""
    postal_address: Text | None = None
    """Optional postal address (several lines)."""
    social: list[Link] = []
    """The company's social accounts (https links)."""
    have_ready: list[Line] = []
    """What to have ready when calling."""

    @property
    def main_line(self) -> PhoneLine:
        """The line shown in every page header."""
        return self.lines[0]


