"""A loopback address written alone, for the gate (issue 19, branch addr66).

`127.0.0.1` and `::1` are the same host on every computer: the one the text is read on. A
setting that binds a service to it, a resolver set to it, a default the text names (`The
default value is ::1`, `configure 127.0.0.1 as the server`, `if the resolver is not 127.0.0.1
or ::1`) names no one's network and maps none: nobody's machine can be reached through it. So,
like a default home network's address (kbgen.core.default_networks), it is a **warning** (the
page is published, `--strict` stops), never dropped.

It stays an error wherever it says more than "this computer":

- a service to connect to: a URL's host, a login before it, a port or a path after it
  (`127.0.0.1:8080`, `127.0.0.1/admin`), or any number the sentence gives beside it (`talks to
  127.0.0.1 on port 8883`, `auf Port 8883`, `on 8883`: a number, not a word, so in any
  language);
- a setting that places it with someone (default_networks.unplaced: our side, a case, a
  person, a company, a machine's job, a secret; a table row's or a field's owner; a log of
  someone's session), or code whose following sentence names a case or someone
  (Surroundings.named_after_code);
- a sentence that puts it in a network's layout (`behind the firewall`, `in the DMZ`, `over
  the VPN`), which no loopback address is in: the writer means a machine of some network.
"""

from __future__ import annotations

import ipaddress
import re

from kbgen.core import default_networks
from kbgen.core.folded_words import folded_pattern

ADVICE = ("a loopback address (127.0.0.1, ::1) is the reader's own computer: it names no one's"
          " network, but check that nothing beside it is private; this is a warning, the page"
          " is published")

_SERVICE_AFTER = re.compile(r"\]?[:/]")
"""A port or a path after the address (`127.0.0.1:8080`, `[::1]:8080`, `127.0.0.1/admin`)."""

_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|\n")
_REACH = 200
"""How far either side of the address its sentence is read."""

_NUMBER = re.compile(r"(?<![\w.:/\\-])\d{2,5}(?!\w|[.:,]\d)")
"""A number standing alone (`8883`, not `802.1X`, `IPv4`, `10.0.0.1`'s parts): a port, a
process or a count the sentence ties to the address."""

_LAYOUT = re.compile(
    folded_pattern(r"(?i)fire-?wall|pare-?feu|cortafuegos|brandv[äa]gg|brannmur|palomuuri|t[űu]zfal|zapora"
    r"|брандмауэр|межсетев|防火墙|防火牆|ファイアウォール|방화벽|\bDMZ\b|\bVLAN|\bVPN\b"
    r"|\bsubnet|\bNAT\b|\bbehind\b|\bhinter\b|derri[èe]re|detr[áa]s|dietro|achter"))
"""Words that put a host in a network's layout (a firewall in eleven languages, a DMZ, a
VLAN, a VPN, a subnet, NAT, `behind`): a refusal, so a word not here keeps nothing back
that the rest of the reading lets through."""


def loopback(value: str) -> bool:
    """`value` writes a loopback address (`127.0.0.0/8`, `::1`, `[::1]`, reStructuredText's
    `\\:\\:1`)."""
    try:
        address = ipaddress.ip_address(value.replace("\\", "").strip("[]"))
    except ValueError:
        return False
    return address.is_loopback


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence of `line` holding [start, end), without the address itself."""
    before = line[max(0, start - _REACH):start]
    after = line[end:end + _REACH]
    ends = list(_SENTENCE_END.finditer(before))
    head = before[ends[-1].end():] if ends else before
    stop = _SENTENCE_END.search(after)
    return head + " " + (after[:stop.start()] if stop else after)


def alone(line: str, start: int, end: int, setting: str, lines: list[str]) -> bool:
    """The loopback address at [start, end) of `line` says only "this computer": no service
    to connect to (URL, login, port, path, a number in its sentence), no owner in its setting
    or the front matter of its page's `lines` (default_networks.unplaced) and no network
    layout in its sentence."""
    if not loopback(line[start:end]) or _SERVICE_AFTER.match(line, end):
        return False
    if not default_networks.unplaced(line, start, end, f"{setting}\n{front_matter(lines)}"):
        return False
    sentence = _sentence(line, start, end)
    return not _NUMBER.search(sentence) and not _LAYOUT.search(sentence)


def front_matter(lines: list[str]) -> str:
    """The page's front matter (`customer: Initech`), or "" when it has none."""
    if not lines or lines[0].strip() != "---":
        return ""
    for number in range(1, min(len(lines), MAX_FRONT_LINES)):
        if lines[number].strip() in ("---", "..."):
            return "\n".join(lines[1:number])
    return ""


MAX_FRONT_LINES = 100
"""How far the front matter's end is looked for."""
