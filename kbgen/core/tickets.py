"""Ticket exports as they come from help desks: Zendesk, Freshdesk, Help Scout, or plain CSV.

Each export is read for what `kbgen gaps` needs: the subject, the first message, the date and
(only to mask them in the text) the customer's name and address. Columns are found by their
header, in any order and case; a plain two-column file (`subject,message`, with or without
that header) works too.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

PLAIN = "plain"
FORMATS: dict[str, dict[str, tuple[str, ...]]] = {
    # Recognised by `marks` (all present); then each role is the first header found.
    "freshdesk": {
        "marks": ("ticket id", "subject"),
        "subject": ("subject",), "message": ("description", "description text"),
        "date": ("created time", "created at"), "people": ("full name", "contact", "email",
                                                         "requester", "requester email",
                                                         "agent")},
    "helpscout": {
        "marks": ("customer email", "subject"),
        "subject": ("subject",), "message": ("preview", "first message", "body", "message"),
        "date": ("created at", "date created", "created"), "people": ("customer name",
                                                                    "customer email",
                                                                    "assigned to", "user")},
    "zendesk": {
        "marks": ("requester", "subject"),
        "subject": ("subject",), "message": ("description", "first comment", "comment"),
        "date": ("created at", "created"), "people": ("requester", "requester email",
                                                     "submitter", "assignee")},
    PLAIN: {
        "marks": ("subject",),
        "subject": ("subject", "title"), "message": ("message", "body", "description", "text"),
        "date": ("date", "created"), "people": ()},
}
"""Column headers of each help desk's ticket export, as they document them (lower case)."""
NAMES = {"zendesk": "Zendesk", "freshdesk": "Freshdesk", "helpscout": "Help Scout",
         PLAIN: "plain subject,message"}


@dataclass(frozen=True)
class Ticket:
    """The part of a ticket that says what the customer needed."""

    line: int
    """Line of the export where the ticket starts (for messages)."""
    subject: str
    message: str
    created: dt.date | None = None
    people: tuple[str, ...] = ()
    """Names and addresses from the ticket's own columns: masked wherever they appear."""

    @property
    def text(self) -> str:
        """Subject and first message."""
        return f"{self.subject}\n{self.message}".strip()


class TicketError(Exception):
    """An export that cannot be read; the message names the file, the line and the fix."""


def _header_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip('"').replace("_", " ")).lower()


def detect(header: list[str]) -> str | None:
    """The export's format from its header row, or None if it is not a known header."""
    keys = {_header_key(name) for name in header}
    for name, columns in FORMATS.items():
        if all(mark in keys for mark in columns["marks"]):
            return name
    return None


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(value: str) -> dt.date | None:
    """The date of an export's timestamp (`2026-03-01 10:22:03 +0000`, `2026-03-01T10:22Z`,
    or `03/01/2026` read month first, as US-made exports write it); None if there is none."""
    match = _DATE.search(value or "")
    if not match:
        return None
    try:
        if match.group(1):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return dt.date(int(match.group(6)), int(match.group(4)), int(match.group(5)))
    except ValueError:
        return None


_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """Text without HTML tags (Freshdesk's description is HTML) and repeated blanks."""
    import html

    return re.sub(r"[^\S\n]+", " ", html.unescape(_TAGS.sub(" ", text))).strip()


def read_tickets(path: Path) -> tuple[str, list[Ticket]]:
    """The export's format and its tickets; raise TicketError naming the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TicketError(f"{path}: cannot read the file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise TicketError(f"{path}:{line}: error: not UTF-8 text; export the tickets again as"
                          " CSV in UTF-8 (or save the file as 'CSV UTF-8')") from None
    return parse_tickets(text, str(path))


def parse_tickets(text: str, where: str) -> tuple[str, list[Ticket]]:
    """Parse an export's text (see read_tickets)."""
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # Excel writes ; where , is the decimal mark
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise TicketError(f"{where}:{reader.line_num}: error: {exc}; check the quotes on that"
                          " line, or export the tickets again") from None
    rows = [(line, row) for line, row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise TicketError(f"{where}: error: no tickets in the file; export tickets as CSV with"
                          " their subject (and first message)")
    header_line, header = rows[0]
    kind = detect(header)
    if kind is None:
        if len(header) == 2:  # a plain subject,message file without a header
            return PLAIN, [_ticket(line, row[0], row[1] if len(row) > 1 else "", None, ())
                           for line, row in rows]
        shown = ", ".join(cell.strip() for cell in header[:12])
        raise TicketError(
            f"{where}:{header_line}: error: unknown columns ({shown}); use a ticket export of"
            " Zendesk, Freshdesk or Help Scout as it comes, or a CSV file with the two columns"
            " subject,message")
    columns = FORMATS[kind]
    index = {_header_key(name): number for number, name in enumerate(header)}

    def first(role: str) -> int | None:
        return next((index[name] for name in columns[role] if name in index), None)

    subject, message, date = first("subject"), first("message"), first("date")
    people = [index[name] for name in columns["people"] if name in index]
    tickets, short = [], []
    for line, row in rows[1:]:
        if subject is not None and subject >= len(row):
            short.append(line)
            continue

        def cell(number: int | None, row: list[str] = row) -> str:
            return row[number] if number is not None and number < len(row) else ""

        ticket = _ticket(line, cell(subject), cell(message), parse_date(cell(date)),
                         tuple(cell(n) for n in people if cell(n).strip()))
        if ticket.text:  # a ticket with neither subject nor message says nothing
            tickets.append(ticket)
    if short:
        lines = ", ".join(str(n) for n in short[:10])
        raise TicketError(f"{where}:{short[0]}: error: {len(short)} row(s) have fewer columns"
                          f" than the header (lines {lines}); export the tickets again")
    return kind, tickets


def _ticket(line: int, subject: str, message: str, created: dt.date | None,
            people: tuple[str, ...]) -> Ticket:
    return Ticket(line, _plain(subject), _plain(message), created, people)
