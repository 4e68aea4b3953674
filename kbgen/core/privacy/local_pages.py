"""A page on the reader's own computer that the page itself makes (issue 19, branch gen53).

Tutorials and install guides have the reader make something, then open it on their own
computer: Jekyll's step by step tutorial creates `about.md` and then opens
`http://localhost:4000/about.html`; Traefik's Docker guide enables the dashboard and then gives
`http://localhost:8080/dashboard/`. `localhost` and the loopback addresses are the same on every
computer, and the path is what the page itself named: the reader's own copy of what the page
built, as a port alone in prose is (surroundings.own_computer_port, a warning). Written on
Jekyll's and Traefik's findings, then measured blind on the other seen corpora (issue 19's
leave-corpus-out method, bench/RESULTS.md).

Reported as a warning, as that port is, and only when all of these hold: an internal host
name that is `localhost` or a loopback address, as the host of an `http(s)://` URL with no
user before it and only a port and a plain path after it (no query, fragment,
percent-encoding or pattern); every part of the path reads as words (`data-importer`,
`about.html`; the last one's name 3 letters or more, a page's extension if any: not
`jane.doe`, `v1`, `qzvbxkwmtrplfd` or `users.csv`) another line of the page says, outside
URLs, HTML comments and alt text, a line placing nothing with anyone; and nothing places it
with anyone (told_cases.says_whose: `on the production server`, `on Acme Corp's server`,
`José's laptop`),
neither its line, its headings (`## Our production server`, `# Ticket 4821`), the line
introducing it, a line of its section ending in a colon (`On the customer's machine:`), nor
its block's comments (placed_blocks). A URL the page names nothing of (`Visit
http://localhost/admin to manage the users.`) stays a finding. Narrowed by atk53's hostile
review (tests/hostile/test_atk53_local_pages.py).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy.context import _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP
from kbgen.core.privacy.placed_blocks import CommentedBlocks, placed
from kbgen.core.privacy.told_cases import says_whose

ADVICE = ("a page on the reader's own computer that the page itself makes (the same on every "
          "computer): check that it is the reader's, not a server's")

MIN_NAME = 3
"""The shortest path name looked up (a shorter one is found anywhere)."""
_SCHEME = re.compile(r"https?://\[?$", re.IGNORECASE)
_SCHEME_LONGEST = len("https://[")
"""How far back from the host `_SCHEME` looks (not the whole line again for each host)."""
_AFTER = re.compile(r"\]?(?::\d{1,5})?(/[A-Za-z0-9._~/-]*)(?=$|[\s<>)\]`'\"*,;!]|\.(?:\s|$))")
"""A port and a plain path after the host, then the URL's end."""
PAGE_EXTENSIONS = frozenset({"html", "htm", "xhtml", "php", "asp", "aspx", "jsp"})
"""The extensions of a page a browser shows; a data file (`users.csv`, `dump.sql`) is not one."""
_SEGMENT = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HEADING = re.compile(r"#{1,6}\s")
_RUN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_UNSAID = re.compile(r"(?s)<!--.*?-->|[A-Za-z][A-Za-z0-9+.-]*://\S*|!\[[^\]]*\]"
                     r"|\balt\s*=\s*(?:\"[^\"]*\"|'[^']*')")
"""What a reader does not read as the page naming a thing: comments, URLs, images' alt text."""


class SaidWords:
    """The words each line of a page says to its reader (`_UNSAID` aside), lines that place
    what they say with someone (told_cases.says_whose, as every accepting rule reads it:
    `José's laptop`, `Frau Müller`, a key `customer_url:`) left out: read once a page."""

    def __init__(self, lines: list[str]) -> None:
        self._lines: dict[str, set[int]] = {}
        self.placed = {number for number, line in enumerate(lines)
                       if says_whose(line.replace("_", " "))}
        """The lines that place what they say with someone."""
        self.introduced: set[int] = set()
        """The lines under a line of their section that places what follows it with someone
        (`On the customer's machine:`), however many paragraphs up."""
        introduced = False
        for number, line in enumerate(lines):
            introduced = introduced and not _HEADING.match(line)
            if introduced:
                self.introduced.add(number)
            introduced = introduced or (number in self.placed and line.rstrip().endswith(":"))
        said = _UNSAID.sub(lambda m: "\n" * m.group().count("\n"), "\n".join(lines))
        for number, line in enumerate(said.split("\n")):
            if number in self.placed:
                continue
            for run in _RUN.finditer(line.lower()):
                for word in {run.group(), *run.group().split("-")}:
                    numbers = self._lines.setdefault(word, set())
                    if len(numbers) < 2:
                        numbers.add(number)

    def elsewhere(self, word: str, index: int) -> bool:
        """A line other than `index` says `word`."""
        return bool(self._lines.get(word.lower(), set()) - {index})


def warned(found: list[tuple[int, str, _Hit]], lines: list[str]
           ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, pages on the reader's own computer that the page makes as warnings."""
    headings: _Headings | None = None
    blocks: CommentedBlocks | None = None
    said: SaidWords | None = None
    placed_lines: dict[int, bool] = {}
    for index, line, hit in found:
        if hit.kind in (INTERNAL_HOST, INTERNAL_IP) and not hit.advisory and line == lines[index]:
            said = said or SaidWords(lines)
            if made_by_page(lines, index, hit.start, hit.end, said):
                headings = headings or _Headings(lines)
                blocks = blocks or CommentedBlocks(lines)
                if index not in placed_lines:
                    placed_lines[index] = placed(index, line, blocks, headings)
                if not placed_lines[index]:
                    hit = replace(hit, advice=ADVICE, advisory=True)
        yield index, line, hit


def made_by_page(lines: list[str], index: int, start: int, end: int,
                 said: SaidWords | None = None) -> bool:
    """The host at [start, end) of line `index` is `localhost` or a loopback address, the host
    of a plain URL to a page whose every path part reads as words another line of the page
    says (not in a URL, a comment or alt text), placed with no one."""
    line = lines[index]
    scheme = _SCHEME.search(line, max(0, start - _SCHEME_LONGEST), start)
    if not _loopback(line[start:end]) or not scheme:
        return False
    after = _AFTER.match(line, end)
    if after is None:
        return False
    names = path_names(after.group(1))
    said = said or SaidWords(lines)
    if not names or path_name(after.group(1)) is None or index in said.placed \
            or index in said.introduced:
        return False
    return all(said.elsewhere(name, index) for name in names)


def path_names(path: str) -> list[str] | None:
    """The names of a URL path's parts (`/data-importer/public` -> `data-importer`, `public`),
    or None when one is not words (`jane.doe`, `v1`, `qzvbxkwmtrplfd`) or the last is a file
    but not a page (`users.csv`)."""
    parts = [part for part in path.rstrip(".").split("/") if part]
    if parts and "." in parts[-1]:
        name, _, extension = parts[-1].partition(".")
        if extension.lower() not in PAGE_EXTENSIONS:
            return None
        parts[-1] = name
    if not all(_SEGMENT.fullmatch(part) and all(reads_as_words(word.lower())
                                                for word in part.split("-"))
               for part in parts):
        return None
    return parts


def path_name(path: str) -> str | None:
    """The name of a URL path's last part, without extension (`/about.html` -> `about`,
    `/dashboard/` -> `dashboard`), or None when it is not MIN_NAME letters or more."""
    parts = [part for part in path.split("/") if part]
    if not parts:
        return None
    name = parts[-1].split(".")[0]
    return name if len(name) >= MIN_NAME and name.isalpha() else None


def _loopback(value: str) -> bool:
    """`localhost` or a loopback address (127.0.0.0/8, ::1)."""
    if value.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(value.strip("[]")).is_loopback
    except ValueError:
        return False
