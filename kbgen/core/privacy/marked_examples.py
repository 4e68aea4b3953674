"""An address, a host or a phone number the sentence marks as its example right before it:
`(e.g., ping 10.0.0.100)`, `e.g. +14155552671`, `(ex: ssh root@192.168.1.1)` (issue 19, branch
gen54).

A help text explains a kind of value by showing one, and says so with the marker writers use
for that: `e.g.`, `ex:`, `for example`, `such as` (`z. B.`, `p. ex.`, `par exemple`, `por
ejemplo`). NetBird writes `using a domain name (e.g., crm.corp.local)` and `run the test
command (e.g., ping 10.0.0.100)`, CSC `in an international format (E.164), e.g.
+14155552671`, Meshtastic `Connect to the router via SSH (ex: ssh root@192.168.1.1)`.
`example_parentheses` (fp51) reads only a bracket holding nothing but values, for private
addresses; a command or words around the value, a phone number or a host were still found.

Accepted only where all of these hold: the value is a private address, an internal host or a
phone number (never a key, a password or a mailbox: an example of those is judged by their own
rules); the marker stands right before it, at most a command and a generic login between (`ping
`, `ssh root@`, in or out of a code span), with no sentence's end between; a phone number's
sentence explains a number's format (`international format`, `E.164`): a number for someone to
call is no example of anything; the sentence tells no event (`failed`, `yesterday`, any verb's
past: example_parentheses._EVENT) and speaks of no `we`, `our`, `my`; an address's sentence
states no thing it belongs to in words that are no network's (kbgen.core.stated_owners: `For
example, 10.20.30.40 is the boss's laptop`, `Enter your server Acme uses, e.g.`; leak57); the
line names no secret and places nothing with a case, the company's side, a live system, a
machine's job, someone or a company (default_networks.placed: `production`, `payroll`, in six
languages); neither the line, its headings, the text introducing it nor a block comment says
whose (placed_blocks: `the customer's`, `our office`, `Acme GmbH`, `Jane's`), nor do its
headings name a department (`## Payroll servers`: kbgen.core.readers_choice; leak56); the value
stands on no other line of the page (a value declared an example once is judged with its
repeats by surroundings, which reads every mention: accepting the first here would leave the
repeats without their declaration).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import default_networks, stated_owners
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.example_parentheses import _EVENT, _WE
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP, PHONE
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.readers_choice import names_department
from kbgen.core.surroundings import names_secret

REASON = "a value its sentence marks as an example right before it (`e.g.`, `ex:`)"

_MARKER = (r"(?:\be\.\s?g\.|\beg\.|\bex[.:]|\bfor example|\bfor instance|\bsuch as|\bz\.\s?B\."
    r"|\bp\.\s?ex\.|\bpar exemple|\bpor ejemplo|\bzum Beispiel|\bad esempio)")
"""An example's marker."""
_MARKED = re.compile(
    r"(?i)" + _MARKER + r"[,:]?[ \t]*[`'\"]?"
    r"(?:(?:ping|ssh|telnet|dig|nslookup|curl|open)"
    r"(?:[ \t]+-\S+)*[ \t]+(?:@)?(?:(?:root|admin|user|username|pi|ubuntu)@)?"
    r"|https?://(?:(?:root|admin|user)@)?)?$")
"""The marker, then maybe a command and a generic login, ending right before the value."""
_REACH = 64
"""Characters before the value the marker is looked for in."""
_KINDS = frozenset({INTERNAL_IP, INTERNAL_HOST, PHONE})
_FORMAT = re.compile(r"(?i)\b(?:formats?|E\.164|notation|country code|digits|Format|formato"
                     r"|Schreibweise|Vorwahl|indicatif)\b")
"""A phone number is an example only of a number's format: the sentence explains one (`in an
international format (E.164), e.g. +14155552671`); a number for someone to call is a number."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values their sentence marks as examples, placed with no one."""
    return unplaced(found, lines, context, _Lines(lines).marked, REASON)


class _Lines:
    """Whether each line names a secret or places its values, read once per line (a line of
    many marked values asks for each), and on how many lines each value stands."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.kept: dict[str, bool] = {}
        self.repeated: dict[str, bool] = {}
        self.headings: _Headings | None = None

    def marked(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit's value follows an example's marker in its sentence, which tells no event
        and speaks of no `we`, on a line naming no secret and placing nothing; an address a
        company picks (not a home router's), on a line and under headings naming no
        department (`Ihren Lohnbuchhaltungsserver`, `## Payroll servers`: kbgen.core.
        readers_choice; leak56)."""
        if hit.kind not in _KINDS \
                or not _MARKED.search(line, max(0, hit.start - _REACH), hit.start):
            return False
        sentence = _sentence(line, hit.start, hit.end)
        if hit.kind == PHONE and not _FORMAT.search(sentence) \
                or _EVENT.search(sentence) or _WE.search(sentence):
            return False
        if hit.kind == INTERNAL_IP and stated_owners.placed(
                line[max(0, hit.start - _REACH):hit.start], line[hit.end:hit.end + _REACH]):
            return False  # `For example, 10.20.30.40 is the boss's laptop` (leak57)
        if line not in self.kept:
            self.kept[line] = names_secret(line) or default_networks.placed(line)
        value = line[hit.start:hit.end]
        if value not in self.repeated:
            self.repeated[value] = sum(value in each for each in self.lines) > 1
        if self.kept[line] or self.repeated[value]:
            return False
        if default_networks.in_default_network(value):
            return True  # a home router's address under `## Payroll`: any reader's
        self.headings = self.headings or _Headings(self.lines)
        return not names_department(f"{line}\n{self.headings.of(index)}")


_STOP = re.compile(r"[.!?](?:\s|$)")
_MARKERS = re.compile(r"(?i)" + _MARKER + r"|\bi\.\s?e\.|\betc\.")
"""Stops that end no sentence: an example's marker, `i.e.`, `etc.`."""


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence holding [start, end) of `line`, a bounded reach either side (a marker's
    stop, `e.g.`, ends none)."""
    first = max(0, start - 200)
    text = line[first:end + 200]
    masked = _MARKERS.sub(lambda match: "x" * len(match.group()), text)
    at = start - first
    stops = [match.end() for match in _STOP.finditer(masked, 0, at)]
    after = _STOP.search(masked, at + end - start)
    return text[stops[-1] if stops else 0:after.start() if after else len(text)]
