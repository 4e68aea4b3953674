"""Certificates, requests and public keys in any wrapping: public material (issue 19, fp56).

A set-up guide shows the certificate a server presents, a CA's or a request (CSR) to send:
published so that others can check whom they talk to. The gate knows the standard armour
(`-----BEGIN CERTIFICATE-----`, surroundings); guides also wrap the same base64 in other
ways: one JSON string per line (Xray's `"certificate": ["…", "…"]`), an armour with two
dashes (`--BEGIN CERTIFICATE--`), no armour at all. Each line looks random to the token
rules.

What the material is decides, not how it is wrapped: the base64 lines of a run (consecutive
lines that hold nothing but base64, in quotes, after a comma or an armour's line at most) are
joined and decoded, and `cryptography` must parse the whole as an X.509 certificate, a
certificate request or a SubjectPublicKeyInfo, with nothing after it. Everything else stays
found:

- base64 that parses as nothing (random bytes, a made-up body, a token added as a last line),
  and a self-signed certificate whose signature no longer checks (a line written over);
- a private key, whatever its label says (PKCS #1, PKCS #8, SEC 1, an encrypted PKCS #8,
  OpenSSH's `openssh-key-v1`): it parses as no certificate;
- a certificate on a page that holds a private key (a line whose armour says PRIVATE, a
  private key found, a run that decodes to one): a certificate beside its key is a server's
  identity leaked with it;
- a certificate whose own names (subject, issuer, alternative names) the gate would report:
  a company's internal host (`payroll.acme.internal`), a person's mailbox, a private address;
- a request that carries a challenge password (SCEP's enrolment secret, PKCS #9);
- values on other lines, in a comment or beside the base64 on its line.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from functools import cached_property

from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_der_private_key, load_der_public_key
from cryptography.x509.oid import AttributeOID

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, PRIVATE_KEY, TOKEN

REASON = "a certificate, a certificate request or a public key: public material"

_BASE64_LINE = re.compile(
    r"""[ \t]*(?:[-*>][ \t]+)?(?P<quote>["'`]?)(?P<base64>[A-Za-z0-9+/]{4,}={0,2})(?:\\n)?"""
    r"""(?P=quote)[ \t]*,?[ \t]*""")
"""A line that holds nothing but base64: indented, a list's mark, quoted, `\\n`, a comma."""
_PRIVATE = re.compile(r"(?i)PRIVATE[ _]?KEY|PuTTY-User-Key-File")
"""What says a private key is on the page, in any armour."""
MAX_RUN_LINES = 400
"""A run of base64 lines is read this many lines at most either way (a certificate of 16 KB)."""
_OPENSSH_PRIVATE = b"openssh-key-v1\0"


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the base64 lines of certificates, requests and public keys, on a page that
    holds no private key."""
    candidates = {(index, hit) for index, line, hit in found
                  if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and line is lines[index]
                  and _in_base64(line, hit)}
    if not candidates:
        yield from found
        return
    page = _Page(lines, found, context)
    for index, line, hit in found:
        if (index, hit) in candidates and page.public(index):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit


def _in_base64(line: str, hit: _Hit) -> bool:
    """The hit lies within a line that holds nothing but base64."""
    match = _BASE64_LINE.fullmatch(line)
    return match is not None and match.start("base64") <= hit.start and hit.end <= match.end(
        "base64")


class _Page:
    """A page's runs of base64 lines and what each decodes to, read once a run."""

    def __init__(self, lines: list[str], found: list[tuple[int, str, _Hit]],
                 context: _Context) -> None:
        self.lines = lines
        self.found = found
        self.context = context
        self._runs: dict[int, tuple[int, int]] = {}
        self._parsed: dict[tuple[int, int], str] = {}

    def public(self, index: int) -> bool:
        """Line `index` is in a run that parses as public material, on a page without a
        private key, and the material's own names are no finding."""
        kind = self._kind(self._run(index))
        return kind == "public" and not self.private_key_here

    @cached_property
    def private_key_here(self) -> bool:
        """The page holds a private key: an armour saying so, a private key found, or a run
        that decodes to one."""
        if any(hit.kind == PRIVATE_KEY for _, _, hit in self.found):
            return True
        if any(_PRIVATE.search(line) for line in self.lines
               if "-" in line and ("BEGIN" in line or "END" in line) or "PuTTY" in line):
            return True
        starts = {index for index, line in enumerate(self.lines)
                  if _BASE64_LINE.fullmatch(line)
                  and (index == 0 or not _BASE64_LINE.fullmatch(self.lines[index - 1]))}
        return any(self._kind(self._run(start)) == "private" for start in starts)

    def _run(self, index: int) -> tuple[int, int]:
        """[first, end) of the base64 lines around line `index`."""
        if index in self._runs:
            return self._runs[index]
        first = index
        while first > max(0, index - MAX_RUN_LINES) and _BASE64_LINE.fullmatch(
                self.lines[first - 1]):
            first -= 1
        end = index + 1
        while end < min(len(self.lines), index + MAX_RUN_LINES) and _BASE64_LINE.fullmatch(
                self.lines[end]):
            end += 1
        for number in range(first, end):
            self._runs[number] = (first, end)
        return first, end

    def _kind(self, run: tuple[int, int]) -> str:
        """"public", "private" or "" (nothing known) for the base64 of a run."""
        if run not in self._parsed:
            self._parsed[run] = _decoded_kind(self.lines[run[0]:run[1]], self.context)
        return self._parsed[run]


def _decoded_kind(run: list[str], context: _Context) -> str:
    """What the joined base64 of `run` is: "public" material whose names are no finding,
    "private" key, or ""."""
    text = "".join(match.group("base64") for line in run
                   if (match := _BASE64_LINE.fullmatch(line)))
    try:
        der = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return ""
    if der.startswith(_OPENSSH_PRIVATE):
        return "private"
    names = _public_names(der)
    if names is not None:
        return "public" if not _names_found(names, context) else ""
    try:
        load_der_private_key(der, None)
    except TypeError:
        return "private"  # an encrypted private key: a password was asked for
    except (ValueError, Exception):  # noqa: BLE001 - the parser refuses bytes many ways
        return ""
    return "private"


def _public_names(der: bytes) -> str | None:
    """The names a certificate or request holds (subject, issuer, alternative names), one a
    line; "" for a public key; None when `der` is none of the three."""
    try:
        certificate = x509.load_der_x509_certificate(der)
    except ValueError:
        pass
    else:
        if certificate.subject == certificate.issuer and not _signed_by_itself(certificate):
            return None  # a self-signed certificate whose bytes were written over
        return _names(certificate.subject, certificate.issuer, certificate.extensions)
    try:
        request = x509.load_der_x509_csr(der)
    except ValueError:
        pass
    else:
        if any(attribute.oid == AttributeOID.CHALLENGE_PASSWORD
               for attribute in request.attributes):
            return None  # a SCEP request's enrolment password rides in it
        return _names(request.subject, None, request.extensions)
    try:
        load_der_public_key(der)
    except (ValueError, TypeError):
        return None
    except Exception:  # noqa: BLE001 - an unsupported algorithm is still no public key here
        return None
    return ""


def _signed_by_itself(certificate: x509.Certificate) -> bool:
    """A self-signed certificate's signature checks with its own key: a line of its base64
    written over with a secret of the same length still parses, but no longer checks."""
    try:
        certificate.verify_directly_issued_by(certificate)
    except Exception:  # noqa: BLE001 - a bad signature, key or algorithm: not its own
        return False
    return True


def _names(subject: x509.Name, issuer: x509.Name | None, extensions: x509.Extensions) -> str:
    """Each attribute of the subject and issuer and each alternative name, one a line."""
    values = [str(attribute.value) for name in (subject, issuer) if name is not None
              for attribute in name]
    try:
        alternatives = extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):
        alternatives = None
    if alternatives is not None:
        values += [str(value) for kind in (x509.DNSName, x509.RFC822Name, x509.IPAddress,
                                           x509.UniformResourceIdentifier)
                   for value in alternatives.get_values_for_type(kind)]  # type: ignore[attr-defined]
    return "\n".join(values)


def _names_found(names: str, context: _Context) -> bool:
    """The gate reports something in a certificate's names (an internal host, a mailbox)."""
    if not names:
        return False
    from kbgen.core.privacy.scanner import scan_part  # here: the scanner imports this module

    return any(not finding.advisory for finding in scan_part(
        names, context.allowed, default_region=context.default_region))
