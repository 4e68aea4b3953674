"""Private addresses, internal names and ids in a program's log records, as it prints them
(issue 19, branch gen53).

Troubleshooting pages quote what a program logged so a reader can match it against their own:
NetBird's MikroTik page shows its client's log (`ERROR util/grpc/dialer.go:38: Failed to dial:
… lookup signal.netbird.io on 172.17.0.1:53`, the container's bridge), its IdP migration page
the dry run's (`INFO [DRY RUN] would migrate user abc123 -> CgZhYmMxMjMSB3ppdGFkZWw`). A log
record is a structure, not a phrasing: a line that opens with a level (`INFO`, `DEBG`,
`[warn]`, `level=error`) or a timestamp, or a row a program stamped with a date and time
(Pi-hole's cache dump: `dominik-laptop.lan  192.168.2.206  4FR D  Thu Dec 16 20:07:45 2021`),
among other such lines of one code block. What it
holds is what the program printed on the machine the page describes, not a value someone
wrote into the page. Written on NetBird's findings, measured blind on the twelve other seen
corpora with findings (none moved), then widened to stamped rows on Pi-hole's and measured
blind again on the rest (issue 19's leave-corpus-out method, bench/RESULTS.md).

Accepted only when all of these hold: a private address, an internal host name, or a token or
password that is no service's key (`ghp_…`, a JWT) and whose line names no secret (`INFO
token=…` is a key the program logged); the line is a log record in a fenced code block that
holds at least MIN_RECORDS of them; and nothing says whose the block is (its line, headings,
introduction or comments: placed_blocks). E-mail addresses and phone numbers in a log stay
findings (a person's, wherever printed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP, PASSWORD, TOKEN
from kbgen.core.privacy.placed_blocks import unplaced

REASON = "a value in a program's log records, as it printed them"

MIN_RECORDS = 2
"""The fewest log records in a block read as a log (one line is anyone's to write)."""
_STAMP = (r"(?:\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
          r"(?:Z|[+-]\d{2}:?\d{2})?)?|\d{2}:\d{2}:\d{2}(?:[.,]\d+)?"
          r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{2}:\d{2}:\d{2})")
_LEVEL = (r"(?:TRACE?|DEBU?G|DEBG|DBG|INFO?|INF|NOTICE|WARN(?:ING)?|WRN|ERRO?R?|ERR"
          r"|FATAL|CRIT(?:ICAL)?|PANIC)")
_RECORD = re.compile(
    rf"\s*(?:\[?{_STAMP}\]?[ \t|,-]+(?:\[?(?i:{_LEVEL})\]?\b)?"
    rf"|\[?{_LEVEL}\]?(?=[ \t:|\[])|\[(?i:{_LEVEL})\](?=[ \t:])"
    rf"|(?:time=\S+\s+)?level=(?i:{_LEVEL})\b)")
"""A log record's opening: a timestamp (with a level after it or not), a level in capitals,
a bracketed level in any case, or logfmt's `level=`."""
_DATE_TIME = re.compile(
    r"(?:^\s*|\s{2}|\t)(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" +\d{1,2} \d{2}:\d{2}:\d{2}(?: \d{4})?)(?![\w])")
"""A full date and time a program stamps a row with (ISO 8601's, or C's `ctime`: `Thu Dec 16
20:07:45 2021`) as a column of a row (after two spaces or a tab): a listing's rows (Pi-hole's
cache dump) carry it last; a field's value (`"created_at": "2022-08-30T23:23:58Z"`) is data."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values in a block of log records."""
    logs: _Logs | None = None

    def candidate(index: int, line: str, hit: _Hit) -> bool:
        nonlocal logs
        if line != lines[index] or not log_record(line) or not (
                hit.kind in (INTERNAL_IP, INTERNAL_HOST)
                or hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                and not surroundings.names_secret(line)):
            return False
        logs = logs or _Logs(lines)
        return logs.in_log(index)

    return unplaced(found, lines, context, candidate, REASON)


def log_record(line: str) -> bool:
    """`line` opens as a program's log record does, or holds the date and time a program
    stamps its rows with."""
    return bool(_RECORD.match(line) or _DATE_TIME.search(line))


class _Logs:
    """The code blocks of a page that hold MIN_RECORDS log records or more."""

    def __init__(self, lines: list[str]) -> None:
        self.blocks = Blocks(lines)
        self._counted: dict[tuple[int, int], bool] = {}

    def in_log(self, index: int) -> bool:
        """Line `index` is in a fenced block of log records."""
        span = self.blocks.span(index)
        if span is None:
            return False
        if span not in self._counted:
            records = sum(map(log_record, self.blocks.lines[span[0]:span[1]]))
            self._counted[span] = records >= MIN_RECORDS
        return self._counted[span]
