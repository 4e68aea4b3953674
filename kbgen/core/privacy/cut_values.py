"""Values the writer cut short with an ellipsis, showing no secret, for the gate (issue 19,
branch fr52).

Kanidm's server guide shows what `kanidmd recover-account admin` prints as `#  new_password:
"xjgG4..."`: the start of a generated password, cut where the writer stopped copying. Traefik's
rate limit page fills a Kubernetes Secret with `tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t...`,
base64 of `-----BEGIN PRIVATE KEY-----` and nothing after: the armour's first line, cut before
any key. The password and token rules read the start as the value.

API references cut a token the same way after its JOSE header (`Authorization: Bearer
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...`, `{"alg":"HS256","typ":"JWT"}`): no claim, no
signature.

Accepted only when all of these hold: a password or token (never a service's key) whose
characters stop at `...` or `…`, with nothing after the cut but a closing quote, a bracket,
punctuation, a comment or the line's end (`abc…xyz` shows an end too), a comment showing no
more of it (atk52: `# full: xjgG4Kq8vTz2mWx9p`); what is shown is at most `MAX_SHOWN`
characters that read as no word (`hunter...` shows most of `hunter2`) in a fenced code block
(a command's output; in prose the ellipsis ends a sentence), or is base64 of a PEM
armour line of label words or of a JOSE header of names and nothing more; and nothing says
whose: not the line, its headings, what introduces its block nor a comment of the block
(placed_lines: `# our admin's new password` above `new_password: "Kq8v..."`, a customer's).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy import placed_lines
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks

REASON = "a value cut short with an ellipsis that shows no secret (its first characters)"

MAX_SHOWN = 6
"""The most characters of a cut value's start that show no secret (a generated password is
long; its first six leave the rest to guess)."""
_CUT = re.compile(r"(?:\.{3,}|…)")
_AFTER_CUT = re.compile(r"[\"'`)\]}>,;:.!?]*(?:[ \t]+(?:#|//)|[ \t]*$)")
"""What may follow the cut: closing marks and punctuation, then a comment or the line's end
(matched from the cut, never read to the end: a line of many values reads each once)."""
_COMMENT_VALUE = re.compile(r"[A-Za-z0-9+/=_-]{4,}")
"""A comment's run long enough to give the rest of the value (`# full: xjgG4Kq8vTz2mWx9p`)."""
MAX_COMMENT = 200
"""How much of a comment after the cut is read."""
_ARMOUR = re.compile(r"-{2,5}(?:B(?:E(?:G(?:I(?:N(?: (?P<label>[A-Z0-9 ]*)-{0,5})?)?)?)?)?)?")
"""The start of a PEM armour line (`-----BEGIN PRIVATE KEY-----`) and nothing after it."""
_LABEL_WORDS = ("RSA", "DSA", "EC", "OPENSSH", "ENCRYPTED", "PRIVATE", "PUBLIC", "KEY",
                "CERTIFICATE", "REQUEST", "NEW", "TRUSTED", "X509", "CRL", "PGP", "MESSAGE",
                "SIGNATURE", "BLOCK", "PARAMETERS", "DH", "SSH2", "PKCS7", "CMS", "ATTRIBUTE")
"""The words of PEM labels (RFC 7468, OpenSSL, OpenSSH, OpenPGP); a label of other letters
(`-----BEGIN JBSWY3DPEHPK3PXP`) carries text of its own (atk52)."""
_JOSE_HEADER = re.compile(
    r'\{[ \t]*(?:"(?:alg|typ|cty|enc|zip)"[ \t]*:[ \t]*"[\w.:+/-]{0,12}"[ \t]*,?[ \t]*)*'
    r'(?:\}|"(?:a(?:lg?)?|t(?:yp?)?|c(?:ty?)?)?"?[ \t]*:?[ \t]*"?[\w.:+/-]{0,12})?')
"""A JOSE header (`{"alg":"HS256","typ":"JWT"}`) or its start: names of algorithms and types
only, never a claim nor a key's id (`"kid":"<any text>"` carries text of its own, atk52)."""
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{4,}")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values cut short that show no secret, placed with nobody."""
    blocks: list[Blocks] = []  # the page's code blocks, found on the first question
    return placed_lines.accepted(
        found, lines, context, REASON,
        lambda index, line, hit: cut_short(line, hit, lambda: _in_code(blocks, lines, index)))


def _in_code(blocks: list[Blocks], lines: list[str], index: int) -> bool:
    """Line `index` is in a fenced code block (`blocks` keeps the page's, once found)."""
    if not blocks:
        blocks.append(Blocks(lines))
    return blocks[0].span(index) is not None


def cut_short(line: str, hit: _Hit, in_code: Callable[[], bool] = lambda: True) -> bool:
    """The value `hit` found in `line` stops at an ellipsis and shows no secret before it; a
    start of at most MAX_SHOWN characters only in code (`in_code`): in prose an ellipsis ends
    a sentence after a whole short password (atk52: `The Wi-Fi password is Xk9q2L...`)."""
    value = line[hit.start:hit.end]
    shown = value.rstrip(".…")
    if shown == value:
        cut = _CUT.match(line, hit.end)
        if cut is None:
            return False
        rest = cut.end()
    else:
        if not _CUT.fullmatch(value, len(shown)):
            return False
        rest = hit.end
    after = _AFTER_CUT.match(line, rest)
    if not shown or after is None or _gives_value(line[after.end():after.end() + MAX_COMMENT],
                                                  shown):
        return False
    if len(shown) <= MAX_SHOWN:
        return not reads_as_words(shown.lower()) and in_code()
    return _header_only(shown)


def _gives_value(comment: str, shown: str) -> bool:
    """The comment after the cut shows the value again or a run that could be its rest."""
    return shown in comment or any(
        not reads_as_words(run.lower()) for run in _COMMENT_VALUE.findall(comment))


def _header_only(shown: str) -> bool:
    """`shown` is base64 (standard or URL-safe) of the start of a PEM armour line or of a JOSE
    header, and nothing more."""
    if not _BASE64.fullmatch(shown):
        return False
    whole = shown[:len(shown) - len(shown) % 4].replace("-", "+").replace("_", "/")
    try:
        text = base64.b64decode(whole, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    armour = _ARMOUR.fullmatch(text)
    if armour is not None:
        return _label_words(armour.group("label") or "")
    return _JOSE_HEADER.fullmatch(text) is not None


def _label_words(label: str) -> bool:
    """`label` is words of PEM labels, the last maybe cut (`PRIVATE KE`)."""
    words = label.split(" ")
    return all(word in _LABEL_WORDS for word in words[:-1]) and any(
        known.startswith(words[-1]) for known in _LABEL_WORDS)
