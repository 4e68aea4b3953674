"""Cryptocurrency receiving addresses proved by their checksum, for the gate (issue 19,
branch xray59).

A project's donation page publishes its receiving addresses on purpose (`BTC:
1JpqcziZZuqv3QQJhZGNGBVdCBrGgkL6cT`); the gate read them as tokens. An address is accepted
only when it was read as a token (never a password), its own checksum and version prove what it
is, and its line is a donation list's line: a label naming only coins, among them the
address's, then the address and nothing else (`- **BTC: `1Jpq…`**`, as Xray's sponsor page
lists them; fixx59, rev59's R2: a line that says more, a refund to a named customer, a payout,
a wallet's password, is no such line, so its address stays found); the other lines of its
paragraph or list give other addresses or links, never a sentence, a name or a phrase
(`published_among`); the nearest heading above it that is no link names a donation; and
the line calls nothing on it a secret
(kbgen.core.surroundings.names_secret):

- Bitcoin, base58check (`base58.b58decode_check`): 21 bytes, version 0x00 (`1…`, P2PKH) or
  0x05 (`3…`, P2SH);
- Tron, base58check: 21 bytes, version 0x41 (`T…`);
- TON's user-friendly form: 48 characters of base64 (URL-safe or not), 36 bytes: a tag (0x11
  bounceable, 0x51 not, 0x80 added on the test network), a workchain (0x00 or 0xff), the
  account's 32 bytes and their CRC16-XMODEM (`binascii.crc_hqx`), big-endian.

A random token passes a 32-bit checksum about once in four billion, and then must also carry
the version byte, so a real secret is never one. Never accepted: a private key's forms (WIF,
version 0x80; an extended key `xprv`, 78 bytes; a seed phrase is words, never a token here), a
testnet's, and what no checksum proves: Solana's addresses (any 32 bytes in base58: half of all
values decode as an ed25519 point, and a 32-byte secret seed is written the same way), Monero's
(its block-wise base58 and Keccak checksum have no well-kept light library: stays found), and
bech32 (`bc1…`: the reference `bech32` package predates bech32m; stays found).
"""

from __future__ import annotations

import base64
import binascii
import re

import base58

RECEIVING = "a cryptocurrency receiving address its checksum proves (public by design)"
"""The reason `kbgen check --show-accepted` gives."""

_BITCOIN = re.compile(r"(?i)BTC|bitcoin")
_TRON = re.compile(r"(?i)TRX|tron|USDT|USDC")
_TON = re.compile(r"(?i)TON|toncoin")
_COIN = r"(?:BTC|bitcoin|TRX|tron|USDT|USDC|TON|toncoin)"
_NETWORK = r"(?:\((?:TRC|ERC|BEP)-?20\)|(?:TRC|ERC|BEP)-?20)"
_LABEL = re.compile(
    rf"[ \t]*(?:[-*+][ \t]+|\d{{1,2}}[.)][ \t]+)?(?P<open>\*\*|__)?[ \t]*"
    rf"(?P<label>{_COIN}(?:[ \t]*\({_COIN}\)|[ \t]*{_NETWORK}|[ \t]*/[ \t]*{_COIN})*)"
    rf"[ \t]*:[ \t]*(?P<inner>\*\*|__)?`?", re.IGNORECASE)
"""A donation list's label naming only coins (`- **TRX(Tron)/USDT/USDC: `), then the value."""
_CLOSE = re.compile(r"`?(?:\*\*|__)?[ \t]*")
"""What may close the line after the value: its code and emphasis marks."""
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,35}")
_TON_FORM = re.compile(r"[A-Za-z0-9_-]{48}|[A-Za-z0-9+/]{48}")
_TON_TAGS = frozenset({0x11, 0x51, 0x91, 0xD1})
_TON_CHAINS = frozenset({0x00, 0xFF})


def reason(line: str, start: int, end: int) -> str | None:
    """RECEIVING when the value at [start, end) of `line` is a whole receiving address whose
    checksum proves it, and the line is nothing but a label naming its coin and the address
    (fixx59); None otherwise."""
    label = _LABEL.match(line)
    if label is None or label.end() != start or not _CLOSE.fullmatch(line, end):
        return None
    coins = re.findall(r"[A-Za-z]+", label.group("label"))
    value = line[start:end]
    if _BASE58.fullmatch(value):
        version = _base58check_version(value)
        if version in (0x00, 0x05) and any(_BITCOIN.fullmatch(coin) for coin in coins):
            return RECEIVING
        if version == 0x41 and any(_TRON.fullmatch(coin) for coin in coins):
            return RECEIVING
    if _TON_FORM.fullmatch(value) and any(_TON.fullmatch(coin) for coin in coins) and _ton(
            value):
        return RECEIVING
    return None


def _base58check_version(value: str) -> int | None:
    """The version byte of a 21-byte base58check payload (checksum verified), or None."""
    try:
        payload = base58.b58decode_check(value)
    except ValueError:
        return None
    return payload[0] if len(payload) == 21 else None


def _ton(value: str) -> bool:
    """A TON user-friendly address whose tag, workchain and CRC16 check."""
    try:
        raw = base64.urlsafe_b64decode(value.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return False
    return (len(raw) == 36 and raw[0] in _TON_TAGS and raw[1] in _TON_CHAINS
            and binascii.crc_hqx(raw[:34], 0) == int.from_bytes(raw[34:], "big"))


def published(lines: list[str], index: int, line: str, start: int, end: int) -> str | None:
    """`reason` of the value at [start, end) of `line` (line `index` of `lines`, as found),
    when the page publishes it: under a heading that names a donation, in a paragraph or list
    of donation lines (`published_among`)."""
    why = reason(line, start, end)
    return why if why and published_among(lines, index) and _donation_section(
        lines, index) else None


def published_among(lines: list[str], index: int) -> bool:
    """Every other line of line `index`'s paragraph or list (the non-blank lines around it) is
    a list's `label: value` line whose value is another address (25 or more letters and
    digits), a web address or links: a seed phrase, a sentence, a name or a password beside an
    address keeps it found (rev59's R2)."""
    first = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = index
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return all(_SIBLING.fullmatch(_LINK.sub("\x00", lines[at]))
               for at in range(first, last + 1) if at != index)


_LINK = re.compile(r"\[[^\[\]\n]{1,80}\]\(https?://[^()\s]{1,200}\)")
"""A Markdown link to a web page, read as one word (`- **Related links: [A](…), [B](…)**`)."""
_SIBLING = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^:\s][^:\n]{0,39}:[ \t]*"
    r"(?:\x00(?:,[ \t]*\x00)*|https?://[^\s*`]+|`?[A-Za-z0-9_-]{25,110}`?)(?:\*\*|__)?[ \t]*")
"""A list's line of a label and another address, a web address or links."""
_HEADING = re.compile(r"(#{1,6})[ \t]")
_DONATION = re.compile(r"(?i)donat|sponsor|spende|捐|пожертв")
"""A heading's word for a donation (Xray's `## Donation & NFTs`, `# 赞助 & 捐款`)."""


def _donation_section(lines: list[str], index: int) -> bool:
    """Line `index` stands under a heading naming a donation with nothing but links, images
    and donation lines between: the headings above it, nearest first, are links (Xray's `###
    [Collect a Project X NFT…](…)`) until one names a donation, and every other line between
    is blank, an image or links, or a list's `label: value` line (`published_among`); a
    sentence (`Marta Jensen's wallet:`), a person's name or a salary's heading stops it."""
    level = 7
    for at in range(index - 1, -1, -1):
        line = lines[at]
        heading = _HEADING.match(line)
        if heading is None:
            if line.strip() and not (_SIBLING.fullmatch(_LINK.sub("\x00", line))
                                     or _PICTURE.fullmatch(_LINK.sub("\x00", line))):
                return False
            continue
        if len(heading.group(1)) < level:
            if _DONATION.search(line):
                return True
            if not _LINK_HEADING.fullmatch(line):
                return False
            level = len(heading.group(1))
    return False


_LINK_HEADING = re.compile(r"#{1,6}[ \t]+\[[^\[\]\n]{1,120}\]\(https?://[^()\s]{1,200}\)[ \t]*")
_PICTURE = re.compile(r"[ \t]*(?:\[?<img\b[^<>\n]{0,400}>\]?(?:\(https?://[^()\s]{1,300}\))?"
                      r"|\x00(?:[ \t,|]*\x00)*)[ \t]*")
"""A line of an image (`[<img …/>](…)`, Xray's NFT) or of links only."""
