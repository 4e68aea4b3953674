"""Issue 19 (xray59, fixx59): `kbgen check` reports an armoured block of lines once, with its
extent; a reviewed marker on the block's first line accepts it whole only when the block is one
structure that parses (a certificate's DER), otherwise only its own line (rev59's R3); a token
written into the block with another width stays an error of its own."""

from __future__ import annotations

import base64
import datetime
import random
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, reported, run, write

TOKEN_40 = "Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0qW2eR4t"


def _block(lines: int = 20) -> list[str]:
    """Base64 of seeded random bytes wrapped at 64, its first line opening with letters and
    digits (the finding's excerpt shows its first four). Seeded: about 1 random 64-character
    line in 750 reads as words to the gate (kbgen.core.privacy.values._word_share), which
    would change how many lines a test sees found."""
    chance = random.Random(lines)
    while not (encoded := base64.b64encode(chance.randbytes(48 * lines)).decode())[:8].isalnum():
        pass
    return [encoded[at:at + 64] for at in range(0, 64 * (lines - 1), 64)] + [encoded[:28]]


def _masked(line: str) -> str:
    return f"API key or token ({line[:4]}********)"


def test_check_reports_a_block_once_with_its_lines(project: Path) -> None:
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT--\n" + "\n".join(block)
          + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    first = LINE + 3
    assert reported(result)[:1] == [
        f"{ARTICLE}:{first}: error: {_masked(block[0])} (lines {first}-{first + 21})"]
    assert "1 error," in result.output and result.exit_code == 1


def _unverified_certificate() -> list[str]:
    """A certificate whose issuer is not on the page (its lines are tokens), as PEM lines."""
    draw = random.Random("unverified")
    issuer_key, key = (ec.derive_private_key(draw.getrandbits(250) | 1, ec.SECP256R1())
                       for _ in range(2))
    start = datetime.datetime(2026, 1, 1)
    certificate = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                               "proxy.example.com")]))
                   .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "A CA")]))
                   .public_key(key.public_key()).serial_number(draw.getrandbits(159) | 1)
                   .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=9))
                   .sign(issuer_key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode().strip().split("\n")


def test_a_marker_on_a_parsing_blocks_first_line_accepts_it_whole(project: Path) -> None:
    pem = _unverified_certificate()
    write(project, "Log:\n\n```\n" + pem[0] + " # kb:allow token\n" + "\n".join(pem[1:])
          + "\n```\n")
    result = run("check")
    first = LINE + 3
    assert reported(result) == [
        f"{ARTICLE}:{first}: reviewed exception: {_masked(pem[1])} (lines {first}-"
        f"{first + len(pem) - 1})", "0 errors, 0 warnings in 4 files; 1 reviewed exception"]
    assert result.exit_code == 0


def test_a_marker_on_a_block_that_parses_as_nothing_accepts_no_line_of_it(
        project: Path) -> None:
    """fixx59 (rev59 R3): random lines of one width between armour are no one value."""
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT-- # kb:allow token\n"
          + "\n".join(block) + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    assert "20 errors," in result.output and result.exit_code == 1


def test_a_marker_alone_before_a_bare_run_accepts_its_own_line_only(project: Path) -> None:
    block = _block()
    write(project, "Key:\n\n```\n# kb:allow token\n" + "\n".join(block) + "\n```\n")
    result = run("check")
    first = LINE + 4
    assert f"{ARTICLE}:{first}: reviewed exception: {_masked(block[0])} (marker on line " \
        f"{first - 1})" in reported(result)
    assert "19 errors," in result.output and result.exit_code == 1


def test_a_token_of_another_width_in_a_reviewed_block_is_still_an_error(project: Path) -> None:
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT-- # kb:allow token\n"
          + "\n".join([*block[:8], TOKEN_40, *block[8:]]) + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    assert f"{ARTICLE}:{LINE + 12}: error: {_masked(TOKEN_40)}" in reported(result)
    assert result.exit_code == 1
