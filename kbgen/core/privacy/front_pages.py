"""A home router's or the reader's own web interface opened at its front page, said in any of
the languages a set-up guide is translated to (issue 19, branch fs55).

Set-up guides of network services tell the reader to open the router's page: Quad9's OpenWrt
guide in Spanish, French and Romanian (`Inicie sesión en su panel de control de LuCI,
normalmente abriendo http://192.168.1.1 en su navegador`), Turris' `web interface will be at
<http://192.168.1.1>`. The English sentence passed by its words (surroundings'
`_front_page_to_visit`: `open`, `visit`, `available at`); its translations did not. Millions of
routers answer at that address, so it names no one's network.

Accepted only where all of these hold: the value is a URL's host (`http://`, `https://`), with a
port at most and a slash at most after it (a path, a query or a login stays a finding: the
writer's own set-up is shown there); the address is a loopback address or one of the networks
consumer routers create by default (default_networks: `192.168.0.x`, `192.168.1.x`, a
FRITZ!Box's `192.168.178.x`; `10.20.30.40` stays found); its sentence (read back over the
paragraph's earlier lines) names a web interface, a control panel or a browser in English,
Spanish, French, German, Italian, Dutch, Romanian, Russian or Chinese; the sentence says whose
of nothing (surroundings.names_whose: `the customer's`, `our office`), the line names no secret
and places nothing (default_networks.placed: `production`, `payroll`, `unser`; in the
languages the claim words lack, PLACED_ELSEWHERE: `nostru`, `наш`, `我们`, a customer), and
neither its headings, the text introducing it nor a block comment says whose (placed_blocks);
for a home router's address, the interface is described by no word that is no network's
(kbgen.core.stated_owners.owned_interface: `the AcmeCorp web interface`, `роутера Иванова`,
`张伟家的路由器` are someone's; leak57).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import default_networks, stated_owners
from kbgen.core.normalize import normalize_line
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret, names_whose

REASON = "a router's or the reader's own web interface opened at its front page"

_SCHEME = re.compile(r"https?://$", re.I)
"""A URL's scheme right before the host."""
_FRONT_PAGE = re.compile(r"(?::\d{2,5})?/?(?=[\s)\]>\"'`*_,;]|[.!?:](?:\s|$)|$)")
"""After the host: a port and a slash at most, then the URL's end."""
_INTERFACE = re.compile(
    r"(?i)\bweb[ -]?(?:interface|ui|gui|page)\b|\bcontrol panel\b|\bbrowser\b|\bluci\b"
    r"|\bpanel de control\b|\binterfaz web\b|\bnavegador\b"
    r"|\bpanneau de (?:configuration|contr[ôo]le)\b|\binterface web\b|\bnavigateur\b"
    r"|\bweb-?oberfl[äa]che\b|\bwebinterface\b"
    r"|\bpannello di controllo\b|\binterfaccia web\b"
    r"|\bbeheerpaneel\b"
    r"|\bpanoul de control\b|\binterfața web\b|"
    + "|".join(re.escape(normalize_line(word)) for word in (
        "веб-интерфейс", "панель управления", "панели управления", "браузер"))
    + r"|浏览器|管理界面|控制面板|网页界面|web\s*界面")
"""Words naming the page a device or program shows in a browser, or the browser itself (the
terms of Quad9's translated OpenWrt guide, `panel de control de LuCI`, `navegador`, and their
counterparts in the other languages set-up guides come in; Russian as the scanner reads it,
normalize_line mapping Cyrillic letters to the Latin ones they look like)."""
PLACED_ELSEWHERE = re.compile(
    r"(?i)\b(?:nostr[uaei]|noastr[ăe]|no[șş]tri|client(?:ul|ului|ul|i|ilor)?|clien[țţ]i"
    r"|produc[țţ]i[ea]|birou(?:l|lui)?|compani(?:a|ei|e)|firm(?:a|ei|ă)|intern[ăa]?)\b"
    r"|" + "|".join(re.escape(normalize_line(word)) for word in (
        "наш", "клиент", "производств", "продакшн", "офис", "компани", "внутренн"))
    + r"|我们|我司|公司|客户|生产|办公|内部|内网")
"""What places a front page with the company, a customer or production in the languages the
claim words (kbgen.core.claim_words: English, German, French, Spanish, Italian, Dutch) do not
cover but this reading reads: Romanian, Russian, Chinese."""
_LOOKBACK = 3
"""Earlier lines of the paragraph a sentence is read back over (a sentence wrapped at 72
characters puts its words on the line before the address)."""
_REACH = 300
"""Characters of a sentence read either side of the address."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but a home router's or the reader's own front page its sentence opens in a
    browser or names as a web interface, placed with no one."""
    return unplaced(found, lines, context, _Pages(lines).front_page, REASON)


class _Pages:
    """Each candidate's sentence, read over the paragraph's earlier lines; whether each line
    names a secret or places its values, read once per line (a line of many front pages asks
    for each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.kept: dict[str, bool] = {}

    def front_page(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is the host of a front page's URL, in a home router's default network or
        on the loopback, in a sentence naming a web interface or a browser and no one's."""
        if hit.kind != INTERNAL_IP or not _SCHEME.search(line, max(0, hit.start - 8), hit.start) \
                or not _FRONT_PAGE.match(line, hit.end) \
                or not _home_or_own(line[hit.start:hit.end]):
            return False
        sentence = self._sentence(index, line, hit)
        if not _INTERFACE.search(sentence) or names_whose(sentence) \
                or PLACED_ELSEWHERE.search(sentence) or _SOMEONE.search(sentence) \
                or _OWN_SITE.search(sentence) \
                or default_networks.in_default_network(line[hit.start:hit.end]) \
                and stated_owners.owned_interface(sentence):
            return False
        for text in (line, sentence):
            if text not in self.kept:
                self.kept[text] = names_secret(text) or default_networks.placed(text)
        return not (self.kept[line] or self.kept[sentence])

    def _sentence(self, index: int, line: str, hit: _Hit) -> str:
        """The sentence holding the hit, at most _REACH characters either side: back to the
        last sentence end on this line or the paragraph's earlier lines, on to the next one on
        this line or the paragraph's next lines (a sentence wrapped after the address: `…
        web interface` / `of the payroll NAS.` wrapped over two lines; rev55)."""
        first = max(0, hit.start - _REACH)
        before = line[first:hit.start]
        for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
            if first or _STOP.search(before) or not self.lines[back].strip():
                break
            before = self.lines[back][-_REACH:] + " " + before
        stops = [match.end() for match in _STOP.finditer(before)]
        after = _STOP.search(line, hit.end, hit.end + _REACH)
        rest = line[hit.start:after.start() if after else min(len(line), hit.end + _REACH)]
        for forward in range(index + 1, min(len(self.lines), index + 1 + _LOOKBACK)):
            if after or len(rest) >= _REACH or not self.lines[forward].strip():
                break
            after = _STOP.search(self.lines[forward], 0, _REACH)
            rest += " " + self.lines[forward][:after.start() if after else _REACH]
        return before[stops[-1] if stops else 0:] + rest


_STOP = re.compile(r"[.!?。](?:\s|$)")
"""A sentence's end."""
_SOMEONE = re.compile(
    r"(?i)\b(?:he|she|his|her|him)\b"
    r"|\b(?:clinic|surgery|warehouse|shop|factory|branch office|headquarters|hotel|restaurant"
    r"|school|cabinet|magasin|entrep[ôo]t|succursale|agence|praxis|kanzlei|filiale|lager"
    r"|cl[íi]nica|tienda|almac[ée]n|sucursal|negozio|magazzino|praktijk|winkel"
    r"|magazijn|filiaal)\b")
"""Someone's or a business's page: a third person (`He opened … in his browser`) or a place of
business in the six languages (`the clinic's router`, `the warehouse router`, `l'interface
web du cabinet Diallo`; rev55)."""

_OWN_SITE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir)[ \t]+(?!(?:Main|Master|Develop|Dev|Release|Stable|Beta"
    r"|Nightly|Default)\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:branch|plant|campus"
    r"|depot|outlet)(?:es|s)?\b"
    r"|\b(?:branch|plant|campus|depot|outlet)(?:es|s)?[ \t]+(?:in|at)[ \t]+[A-Z]")
"""A place of the company's own by its name (`at the Nairobi branch`, `the Leeds plant`,
`our branch in Mombasa`; leak56): `branch` alone is git's (`the Main branch` too), so only
after or before a place's capitalised name."""


def _home_or_own(value: str) -> bool:
    """A loopback address or one in a network home routers create by default."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return address.is_loopback or default_networks.in_default_network(value)

