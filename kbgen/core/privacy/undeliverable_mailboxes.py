"""A socket's address shaped like a mailbox (issue 19, branches fp56 and m57).

HAProxy writes an abstract socket's address as an address family, an `@` and a name
(`abns@vless.sock`), which the mailbox rule reads as an e-mail address. Accepted: an address
whose local part is one of HAProxy's address families (SOCKET_FAMILIES), at a name shaped as a
file's (`vless.sock`, FILE_NAME) under no top-level domain ICANN delegated (the Public Suffix
List's ICANN section, `publicsuffixlist`, unknown labels not taken as suffixes) nor a
private-use one (`.internal`, `.local`, `.lan`, `.corp`: PRIVATE_USE, RFC 6762 appendix G,
RFC 6761), written in code (a fenced block or inline code), whose ending is a file's (a type
the standard library's `mimetypes` knows, or one the page gives a file in a path:
`/dev/shm/admin.sock`), on a line that speaks of no mail, login or account and runs no command
that logs in at a host, and not before a remote path (`…@nas.hq:/vol`).

fp56 accepted any local part that named no one; rev56 put people's logins at internal hosts
through it (`ssh okonkwo@jump01.zenit`, `user: okonkwo@hr.src`): a person's login is never an
address family's name, so the family is asked first.
"""

from __future__ import annotations

import mimetypes
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.host_suffixes import icann as _suffixes
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import EMAIL

REASON = "no top-level domain: a name shaped like a mailbox where no mail can be delivered"
ECHO_REASON = ("one word as a mailbox at itself under no top-level domain (`demo@demo.demo`):"
               " no mail can be delivered there")

PRIVATE_USE = frozenset({
    "local", "localdomain", "localhost", "internal", "intranet", "intra", "private", "priv",
    "corp", "home", "lan", "localnet", "lab", "dmz", "domain", "ad", "loc", "office",
    "workgroup", "mshome", "belkin", "router", "fritz", "box", "arpa",
})
"""Labels companies and homes give their own networks (RFC 6762 appendix G, RFC 6761, ICANN's
`.internal`, routers' own zones: `fritz.box`, `mshome.net`'s `mshome`): a mailbox there is
someone's on that network."""
_MAIL_WORDS = re.compile(
    r"(?i)e-?mail|\bmail|courriel|correo|posta|adresse|address|contact|\blog[ -]?in|\bupn\b"
    r"|userprincipalname|\bsmtp|\bimap|\bpop3|\bto:|\bfrom:|\bcc:"
    r"|\buser(?:name)?s?\b|\bowners?\b|\baccounts?\b|\bsign(?:ed)?[ -]?in\b|\bmembers?\b"
    r"|\b(?:ssh|scp|sftp|rsync|git|mosh|telnet|ftp|rdp|vnc|su|sudo -u|runas)\b")
"""Words that say a value is a mailbox or someone's login, whatever its domain: a mail word,
who owns or uses an account, or a command that logs in at a host (`ssh okonkwo@jump01.zenit`,
rev56)."""
_LOGIN_COMMAND = re.compile(r"(?i)\b(?:ssh|scp|sftp|rsync|git|mosh|telnet|ftp|rdp|vnc|su"
                            r"|sudo -u|runas)\b")
"""A command that logs in at a host: `ssh anna@anna.anna` is a login, whatever its host."""
_REMOTE_PATH = re.compile(r":[\w~/.-]")
"""What follows a login at a host in a remote path (`okonkwo@nas.hq:/vol`, `git@host:repo`)."""
FILE_NAME = re.compile(r"[\w-]{1,64}\.[a-z0-9]{1,5}")
"""A file's or a socket's name: a name, a dot and a short extension (`vless.sock`)."""
_ADDRESS = re.compile(r"[^\s@\"'`<>()\[\],;]{1,256}@[^\s@\"'`<>()\[\],;]{1,256}")
"""Anything written around an `@`, blanked before the line's words are read (`mail@…`)."""
_PATH_ENDING = re.compile(r"(?<![/:])/[\w-]{1,64}\.([a-z0-9]{1,5})(?![\w.-])")
"""A file at the end of a path (`/dev/shm/admin.sock`) and its ending; not a URL's host
(`https://dc1.acme/`)."""
SOCKET_FAMILIES = frozenset({
    "abns", "abnsz", "unix", "uxst", "uxdg", "ipv4", "ipv6", "udp", "udp4", "udp6", "quic4",
    "quic6", "fd", "sockpair", "rhttp", "mptcp", "mptcp4", "mptcp6", "tcp", "tcp4", "tcp6",
})
"""The address families HAProxy's configuration manual gives before an `@` ("Address
formats": `abns@name`, `unix@/path`, `fd@3`): the part before the `@` of a socket's address,
never a person's login (rev56 put `okonkwo@jump01.zenit` through a rule that asked only
that the local part name no one)."""


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
        if hit.kind == EMAIL and echoed_word(line[hit.start:hit.end]) and not (
                _REMOTE_PATH.match(line, hit.end) or _LOGIN_COMMAND.search(line)):
            context.accept(index, hit, ECHO_REASON)
            continue
        if hit.kind == EMAIL and _undeliverable(line[hit.start:hit.end]) and not (
                _REMOTE_PATH.match(line, hit.end)) and (
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


def echoed_word(address: str) -> bool:
    """One word written as the local part and as every label of a domain no top-level domain
    ICANN delegated ends, nor a private-use one (`demo@demo.demo`, linuxserver's Planka
    default, fp65): no mailbox can receive it and it names nothing but the word. A login
    command on its line or a remote path after it (`ssh anna@anna.anna`), a person's
    address there (`anna.virtanen@demo.demo`), another label (`demo@acme.demo`), a delegated
    domain (`demo@demo.com`) or a private-use one (`anna@anna.lan`) stays a finding."""
    local, _, domain = address.lower().partition("@")
    labels = domain.rstrip(".").split(".")
    return (len(labels) >= 2 and local.isalpha() and all(label == local for label in labels)
            and undelegated(domain))


def _undeliverable(address: str) -> bool:
    """The address is a socket's: an address family's prefix at an undelegated file-shaped
    name (`abns@vless.sock`)."""
    local, _, domain = address.partition("@")
    return (local.lower() in SOCKET_FAMILIES and FILE_NAME.fullmatch(domain) is not None
            and undelegated(domain))
