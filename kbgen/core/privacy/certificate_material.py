"""Values read in the base64 of a signed certificate (issue 19, the lead, session 61).

A certificate's lines are base64 of DER, and a detector can read a value there by chance: about
one line in a million starts with two letters and two digits and runs on to the length of an
IBAN of that country that passes mod 97 (`SM49BAMCA2gAMGUCMFTbi4cdQ2d+…`, a fresh certificate
in CI). Where the certificate is whole and its signature checks against its own key or an
issuer's on the page (kbgen.core.pem_blocks), every byte of it is the signer's: a value written
over one of its lines breaks the signature, so what a detector reads there is accepted,
whatever its kind. A public key or a certificate cut short proves nothing of the kind (any
bytes make a modulus or an Ed25519 key): their lines are read as any other line.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbgen.core import pem_blocks
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.surroundings import MAX_ARMOUR_LINES

REASON = "the base64 of a certificate whose signature checks: every byte of it is the signer's"


def page_blocks(lines: list[str], context: _Context) -> pem_blocks.PemBlocks | None:
    """The page's armoured blocks, read from its lines as written (a list's quoted items
    unwrapped); None when no line opens one."""
    if not any("BEGIN " in line for line in lines):
        return None
    written = list(context.written) if len(context.written) == len(lines) else lines
    return pem_blocks.PemBlocks(pem_blocks.unwrapped(written), MAX_ARMOUR_LINES)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the values read inside a signed certificate's base64."""
    blocks = page_blocks(lines, context)
    signed = set() if blocks is None else {
        index for begin, end in blocks.signed_spans() for index in range(begin + 1, end)}
    for index, line, hit in found:
        if index in signed:
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
