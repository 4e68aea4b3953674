"""Names shaped like a mailbox whose domain can receive no mail (issue 19, branch fp56).

`name@something.ext` is read as an e-mail address. Many are not: HAProxy's abstract sockets
(`abns@vless.sock`), a file named after a user (`user@config.json`), a systemd unit's instance
(`openvpn@server.conf`). Mail is delivered only to a domain in the DNS, and a domain's last
label is a top-level domain that ICANN delegated; `sock`, `json` and `conf` are none. The list
of delegated top-level domains comes from the Public Suffix List (`publicsuffixlist`, which
ships the list and is released as it changes), its ICANN section, with unknown labels not
taken as suffixes.

Names a company or a home gives its own network are no delegated top-level domain either, and
a mailbox there is someone's: `.internal`, `.local`, `.localdomain`, `.lan`, `.corp`, `.home`,
`.intranet`, `.private` (RFC 6762, appendix G; RFC 6761; ICANN's 2024 `.internal`) and the
other private-use labels in PRIVATE_USE stay found. A company can name its own zone anything
(`okonkwo@billing.acmecorp`), so the "domain" must also be shaped as a file's name is: one
name and a short extension in lower case (`vless.sock`, `config.json`, FILE_NAME). A file's name is
written in code (a fenced block or inline code), where the reader types it, and its ending is
a file's: a type the standard library's `mimetypes` knows, or one the page gives a file in a
path (`/dev/shm/admin.sock`); `kkayttaj@r07c52.bullx`, a user at a cluster's node, stays
found, as a prose sentence's address does, a local part that is a person's name (`jane.doe@…`,
a first name) and a line that speaks of mail, a user's login or contact.
"""

from __future__ import annotations

import mimetypes
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from kbgen.core.person_names import first_name
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import EMAIL

REASON = "no top-level domain: a name shaped like a mailbox where no mail can be delivered"

PRIVATE_USE = frozenset({
    "local", "localdomain", "localhost", "internal", "intranet", "intra", "private", "priv",
    "corp", "home", "lan", "localnet", "lab", "dmz", "domain", "ad", "loc", "office",
    "workgroup", "mshome", "belkin", "router", "fritz", "box", "arpa",
})
"""Labels companies and homes give their own networks (RFC 6762 appendix G, RFC 6761, ICANN's
`.internal`, routers' own zones: `fritz.box`, `mshome.net`'s `mshome`): a mailbox there is
someone's on that network."""
_MAIL_WORDS = re.compile(
    r"(?i)e-?mail|\bmail|courriel|correo|posta|adresse|address|contact|\blogin|\bupn\b"
    r"|userprincipalname|\bsmtp|\bimap|\bpop3|\bto:|\bfrom:|\bcc:")
"""Words that say a value is a mailbox or someone's login, whatever its domain."""
FILE_NAME = re.compile(r"[\w-]{1,64}\.[a-z0-9]{1,5}")
"""A file's or a socket's name: a name, a dot and a short extension (`vless.sock`)."""
_ADDRESS = re.compile(r"[^\s@\"'`<>()\[\],;]{1,256}@[^\s@\"'`<>()\[\],;]{1,256}")
"""Anything written around an `@`, blanked before the line's words are read (`mail@…`)."""
_PATH_ENDING = re.compile(r"(?<![/:])/[\w-]{1,64}\.([a-z0-9]{1,5})(?![\w.-])")
"""A file at the end of a path (`/dev/shm/admin.sock`) and its ending; not a URL's host
(`https://dc1.acme/`)."""
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    """The ICANN section of the Public Suffix List, unknown labels no suffix (read once)."""
    return PublicSuffixList(only_icann=True, accept_unknown=False)


def undelegated(domain: str) -> bool:
    """`domain`'s last label is no top-level domain ICANN delegated, nor a private-use one."""
    label = domain.rstrip(".").rsplit(".", 1)[-1].lower()
    if not label or label in PRIVATE_USE or label.startswith("xn--") or not label.isascii():
        return False
    return _suffixes().publicsuffix(label) is None and _suffixes().publicsuffix(
        "a." + label) is None


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but mailboxes in code at a file-shaped domain that is no delegated domain, on a
    line that speaks of no mail, with a local part that names no one."""
    mail_lines: dict[str, bool] = {}
    ticks: dict[str, list[int]] = {}
    blocks: Blocks | None = None
    endings: _FileEndings | None = None
    for index, line, hit in found:
        if hit.kind == EMAIL and _undeliverable(line[hit.start:hit.end]) and (
                _in_inline_code(line, hit.start, ticks)
                or (blocks := blocks or Blocks(lines)).span(index) is not None) and (
                endings := endings or _FileEndings(lines)).of_files(line[hit.start:hit.end]):
            if line not in mail_lines:  # once a line, however many addresses it holds
                mail_lines[line] = bool(_MAIL_WORDS.search(_ADDRESS.sub(" ", line)))
            if not mail_lines[line]:
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


class _FileEndings:
    """Whether an ending is a file's: a type the standard library's `mimetypes` knows
    (`.json`), or one the page gives a file in a path (`/dev/shm/admin.sock`), read once a
    page."""

    def __init__(self, lines: list[str]) -> None:
        self._page = {match.group(1).lower() for line in lines if "/" in line
                      for match in _PATH_ENDING.finditer(line)}

    def of_files(self, address: str) -> bool:
        """The address's last label ends files' names."""
        ending = address.rsplit(".", 1)[-1].lower()
        return ending in self._page or f".{ending}" in _known_types()


@lru_cache(maxsize=1)
def _known_types() -> frozenset[str]:
    """File endings of the standard library's table of types."""
    return frozenset(ending for table in mimetypes.MimeTypes().types_map for ending in table)


def _in_inline_code(line: str, at: int, ticks: dict[str, list[int]]) -> bool:
    """`at` lies after an odd number of backticks on `line` (found once a line)."""
    if line not in ticks:
        ticks[line] = [number for number, character in enumerate(line) if character == "`"]
    return bisect_left(ticks[line], at) % 2 == 1


def _undeliverable(address: str) -> bool:
    """The address is at an undelegated file-shaped name and its local part names no one."""
    local, _, domain = address.partition("@")
    if not FILE_NAME.fullmatch(domain) or not undelegated(domain):
        return False
    words = _LOCAL_WORDS.findall(local)
    return not (len(words) > 1 and "." in local or any(first_name(word) for word in words))
