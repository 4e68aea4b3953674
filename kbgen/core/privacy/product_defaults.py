"""A default the page gives, named after the software the page is about (issue 19, branch fp52).

Self-hosted software ships defaults named after itself, and its manual states them:
LinuxServer.io's pyLoad page `the default login is:` / `username - **pyload**` / `password -
**pyload**`, its Kasm page `The default users are:` / `* admin@kasm.local`, Kanboard's `By
default, emails use the sender address notifications@kanboard.local`. The value is the
product's own name, the same in every copy, and the text says it is the default: it opens or
names nothing of anyone's until someone installs the software and keeps it.

Accepted only when all of these hold: a password (no service's key) or an internal host name
(no person's login's: `jane.doe@kasm.local`) whose name is the product's (the password itself,
or the host's one label before its zone, marks around it aside: `kasm.local`, never a machine
named under it, `finance-db01.kasm.local`, rev53); the product is a word of the
page's first heading (`# [linuxserver/kasm](…)`), of an image the page runs (`image:
lscr.io/linuxserver/pyload-ng`), or a name its prose capitalises on PROSE_LINES lines or more
and never writes in lower case nor as a company's (`Kanboard supports …`; not `The`, `Admin`,
`Acme GmbH`); the value's sentence before it, or the line introducing its list or paragraph
(ending in `:`, `is`, `are`, up to MAX_ABOVE lines up), says `default`, or, for a password,
the code block giving it gives the same name to a user or a database too (the Mastodon
image's template: `DB_USER=mastodon`, `DB_NAME=mastodon`, `DB_PASS=mastodon`, everything named
after the app); and nothing there, on its line or in its headings tells of a change made
(`changed`, `now`, `new`, `was`: vendor_defaults' words), a live system (`production`, a
customer, a ticket) or whose (told_cases.says_whose, placed_blocks: `our`, `Acme GmbH`,
`Jane's`). A default so stated is accepted wherever the page repeats it on a line that says
none of these. A host the product names is refused where product_local_names refuses its
`.local` name (LocalNameUses: a directory's domain, a share, a login; rev54 folded the two
rules' refusals).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.called_examples import _bare, repeats_accepted
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, PASSWORD
from kbgen.core.privacy.placed_blocks import CommentedBlocks, placed
from kbgen.core.privacy.product_local_names import LocalNameUses
from kbgen.core.privacy.told_cases import says_whose
from kbgen.core.privacy.vendor_defaults import _CHANGE, LIVE

REASON = "a default the page gives, named after the software it is about"

KINDS = (PASSWORD, INTERNAL_HOST)
"""Not e-mail addresses at a real domain (`anna.virtanen@kasm.io` is someone's)."""
MAX_ABOVE = 3
"""Lines above a value read for the line introducing its list or paragraph."""
PROSE_LINES = 3
"""Lines of prose a capitalised name must be on to be taken as the product's."""
INTRODUCTION = 200
"""Characters of the value's own line before it read as its sentence."""

_DEFAULT = re.compile(r"(?i)\bdefaults?\b")
_INTRODUCES = re.compile(r"(?:\bare|\bis|:)[*_\s]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
_NAME = re.compile(r"(?<![\w.@/-])[A-Z][a-z]*[A-Z]?[a-z]{2,}(?![\w@-]|\.\w)")
"""A capitalised word in prose (`Kanboard supports …`)."""
_LOWER = re.compile(r"(?<![\w.@/-])[a-z][a-z]{2,}(?![\w@-]|\.\w)")
_COMPANY = re.compile(r"\b([A-Z][\w]*)[ \t,]+(?:Limited|Ltd|LLC|Inc|Corp|Corporation|plc|GmbH|AG"
                      r"|SA|SAS|SARL|BV|NV|Oy|AB|Pty)\b")
"""A name written as a company's (`Acme GmbH`): a company, not the page's software."""
_IMAGE = re.compile(r"(?i)\bimage:\s*\S+|\blscr\.io/\S+|\bdocker(?:\.io)?/\S+")
_NAME_SETTING = re.compile(
    r"(?i)\b\w*(?:USER(?:NAME)?|DB_?NAME|DATABASE)\s*[=:]\s*[\"']?([\w.-]{3,64})")
"""A user or database name setting and the value it is given (`- DB_USER=mastodon`)."""
_FENCE = re.compile(r"\s*(?:```|~~~)")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but defaults the page gives named after its product, and their repeats."""
    if not any(hit.kind in KINDS and not hit.vendor for _, _, hit in found):
        yield from found
        return
    page = _Page(lines)
    uses = LocalNameUses(lines)
    refused = {id(hit) for index, line, hit in found
               if hit.kind == INTERNAL_HOST and not hit.vendor
               and not uses.a_devices(index, line, hit.start, hit.end)}
    # the product's `.local` name as a directory domain, share or login
    yield from (item for item in found if id(item[2]) in refused)
    found = [item for item in found if id(item[2]) not in refused]
    stated = {_bare(line[hit.start:hit.end])
              for index, line, hit in found
              if hit.kind in KINDS and not hit.vendor
              and page.named(line[hit.start:hit.end], hit.kind)
              and not surroundings._persons_login(line, hit.start)
              and (page.introduced(index, line, hit.start)
                   or hit.kind == PASSWORD and page.templated(index, line[hit.start:hit.end]))}
    yield from repeats_accepted(found, context, REASON, KINDS, stated, page.plain)

class _Page:
    """A page's product names and its lines, each judged once for a change, a live system
    and whose (a line of a thousand values is not read again for each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.headings = lines, _Headings(lines)
        self.blocks = CommentedBlocks(lines)
        self._plain: dict[tuple[int, str], bool] = {}
        self._products: set[str] | None = None
        self._named_settings: dict[tuple[int, int], set[str]] = {}

    def products(self) -> set[str]:
        """The names the page gives its software, lower case, found once."""
        if self._products is None:
            names: set[str] = set()
            prose: Counter[str] = Counter()
            lower: set[str] = set()
            heading_seen = fenced = False
            for line in self.lines:
                if _FENCE.match(line):
                    fenced = not fenced
                    continue
                if not fenced and not heading_seen and line.startswith("#"):
                    heading_seen = True
                    names.update(word.lower() for word in _WORD.findall(line))
                names.update(word.lower() for image in _IMAGE.findall(line)
                             for word in _WORD.findall(image.rsplit("/", 1)[-1]))
                if not fenced:
                    prose.update({name.lower() for name in _NAME.findall(line)})
                    lower.update(_LOWER.findall(line))
                    lower.update(name.lower() for name in _COMPANY.findall(line))
            self._products = names | {name for name, count in prose.items()
                                      if count >= PROSE_LINES and name not in lower}
        return self._products

    def named(self, value: str, kind: str) -> bool:
        """The value's name is the product's."""
        value = _bare(value)
        if kind == PASSWORD:
            parts = [value]
        else:  # the product's own zone only: `kasm.local`, not `finance-db01.kasm.local`
            labels = value.rpartition("@")[2].split(".")
            parts = [labels[0]] if len(labels) <= 2 else []
        return any(part in self.products() for part in parts if len(part) > 2)

    def templated(self, index: int, value: str) -> bool:
        """Line `index` is in a code block that gives `value` to a user or database name
        setting too (`DB_USER=mastodon`, `DB_NAME=mastodon` beside `DB_PASS=mastodon`)."""
        span = self.blocks.span(index)
        if span is None:
            return False
        if span not in self._named_settings:
            self._named_settings[span] = {
                _bare(match.group(1))
                for each in self.lines[span[0]:span[1]] for match in _NAME_SETTING.finditer(each)}
        return _bare(value) in self._named_settings[span]

    def plain(self, index: int, line: str) -> bool:
        """Line `index` (or its view `line`) tells of no change nor live system, and neither
        it, its headings, what introduces it nor its block's comments say whose."""
        key = (index, line)
        if key not in self._plain:
            setting = f"{line}\n{self.headings.of(index)}"
            self._plain[key] = not _CHANGE.search(line) and not LIVE.search(setting) \
                and not says_whose(setting) \
                and not placed(index, line, self.blocks, self.headings)
        return self._plain[key]

    def introduced(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of line `index` follows a sentence, or a line introducing its
        list or paragraph, that says `default` and nothing of a change, a live system or
        whose."""
        if not self.plain(index, line):
            return False
        sentence = re.split(r"[.!?](?:\s|$)", line[max(0, start - INTRODUCTION):start])[-1]
        if _DEFAULT.search(sentence):
            return True
        for above in range(index - 1, max(-1, index - 1 - MAX_ABOVE), -1):
            text = self.lines[above]
            if not text.strip():
                continue
            if _INTRODUCES.search(text):
                said = re.split(r"[.!?](?:\s|$)", text)[-1]
                return bool(_DEFAULT.search(said)) and not _CHANGE.search(said) \
                    and not LIVE.search(said) and not says_whose(said)
        return False
