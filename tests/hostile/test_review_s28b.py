"""Hostile review 28b: the acceptance rules added on 3-4 December, attacked.

A key dressed as an identifier (an id label, a column of ids or digests, a trace id), a
private address spelt so that `ipaddress` does not read it (zero-padded, inside an IPv6
address), a card or an IBAN grouped with look-alike dashes, a network in `allow_networks`
that turns the internal-address check off, and containers the copied-file reader did not
open (bzip2, xz, 7z, RAR, Zstandard, old Office files, e-mail messages, RTF), and their
bombs. Every hostile article and file sits in one project, checked once; benign ids and files
sit in it too and must pass.
"""

from __future__ import annotations

import base64
import bz2
import gzip
import lzma
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from kbgen.cli import cli
from kbgen.core.config import PrivacyConfig
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.review_cases import (
    ArticleCase,
    FileCase,
    assert_file_judged,
    check_cases,
    misjudged,
)
from tests.hostile.test_review_s28 import tarred

GITHUB = "ghp_R4nd0mT0k3nV4lu3sXyZ1234567890abcdEF"
GOOGLE = "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"
RANDOM = "Kq9xZ2mPvL7wR4tN8yB3cF6hJ1sD5gA0"

# (case, extra front matter, article body, kind of the error expected, or None: passes)
ARTICLES: list[ArticleCase] = [
    # keys with an id's label or in an id's column
    ("google key labelled deployment id", "", f"Deployment ID: {GOOGLE}\n",
     "API key or token"),
    ("google key in an id column", "",
     f"| id | name |\n|----|------|\n| {GOOGLE} | prod |\n", "API key or token"),
    ("google key in a listing's ID column", "",
     f"```\nID                                       NAME   STATE\n{GOOGLE}  prod   ok\n```\n",
     "API key or token"),
    ("github fine-grained token labelled span id", "",
     "span id: github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU"
     "VWXYZ0123456\n", "API key or token"),
    ("npm token labelled request id", "",
     f"request id: npm_{RANDOM}abcd\n", "API key or token"),
    ("hugging face token labelled job id", "", f"job id: hf_{RANDOM}ab\n",
     "API key or token"),
    ("upper-case stripe key labelled order id", "", f"Order ID: SK_LIVE_{RANDOM}\n",
     "API key or token"),
    ("key labelled id in front matter", f'errors: ["request id: {GOOGLE}"]\n',
     "Body.\n", "API key or token"),
    ("random value in an id column on a row naming a password", "",
     f"| Name | Id |\n|---|---|\n| prod password | {RANDOM} |\n", "password or secret"),
    ("random value in a digest column on a row naming a token", "",
     f"| what | digest |\n|---|---|\n| deploy token | {RANDOM} |\n", "API key or token"),
    # private addresses spelt so that ipaddress does not read them
    ("zero-padded private IPv4", "", "Open the admin panel at 192.168.001.010 first.\n",
     "internal IP address"),
    ("zero-padded ten-net IPv4", "", "The database is 010.020.030.040 on port 5432.\n",
     "internal IP address"),
    ("IPv4-mapped IPv6 in hex", "", "The database is ::ffff:a14:1e28 on port 5432.\n",
     "internal IP address"),
    ("IPv4-mapped IPv6 in a URL", "", "Open http://[::ffff:c0a8:10a]:8080/admin now.\n",
     "internal IP address"),
    ("6to4 address of a private IPv4", "", "The database is 2002:a14:1e28::1 on port 5432.\n",
     "internal IP address"),
    # numbers grouped with look-alike dashes, IBANs grouped with hyphens
    ("card with non-breaking hyphens", "", "Card 4111\u20111111\u20111111\u20111111 was used.\n",
     "payment card number"),
    ("card with en dashes", "", "Card 4111\u20131111\u20131111\u20131111 was used.\n",
     "payment card number"),
    ("card with minus signs", "", "Card 4111\u22121111\u22121111\u22121111 was used.\n",
     "payment card number"),
    ("IBAN with hyphens", "", "Refund to GB82-WEST-1234-5698-7654-32 today.\n", "IBAN"),
    ("IBAN with non-breaking hyphens", "",
     "Refund to GB82\u2011WEST\u20111234\u20115698\u20117654\u201132 today.\n", "IBAN"),
    ("IBAN with full stops", "", "Refund to DE89.3704.0044.0532.0130.00 today.\n", "IBAN"),
    # benign: identifiers stay accepted
    ("ULID labelled", "", "Instance ID: 01GQR4GR5TPQC65T5RMKR0HS87\n", None),
    ("typed volume id", "", "Run `fly volumes extend vol_6vjd0dkm5ny038mv`.\n", None),
    ("random machine id", "", f"Machine ID: {RANDOM}\n", None),
    ("random value in an id column", "",
     f"| id | region |\n|----|------|\n| {RANDOM} | ams |\n", None),
    ("a digest of a secret, as fly secrets list prints it", "",
     "```output\nNAME          | DIGEST                           | DATE\n"
     "+-------------+----------------------------------+---------+\n"
     "MY_SECRET     | b9e37b7b239ee4aefc75352fe3fa6dc6 | 17s ago\n```\n", None),
    ("an en dash in prose between numbers", "", "Allow 10\u201315 minutes, pages 4\u20139.\n",
     None),
]


EMAIL = "jane.private@gmail.com"
LINE = f"Escalate to {EMAIL}\n".encode()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
"""The first sector of an old Office file (`.doc`, `.xls`, `.msg`)."""

# (copied file, bytes, what `kbgen check` says after "path: error: ", or None: passes)
FILES: list[FileCase] = [
    ("content/files/log.bz2", bz2.compress(LINE), "in (bzip2): e-mail address (j"),
    ("content/files/log.xz", lzma.compress(LINE), "in (xz): e-mail address (j"),
    ("content/files/logs.tar", tarred({"logs/app.log": LINE}), "e-mail address (j"),
    ("content/files/logs.tar.bz2", bz2.compress(tarred({"app.log": LINE})),
     "in (bzip2)/app.log: e-mail address (j"),
    ("content/files/logs.tgz", gzip.compress(tarred({"inner.txt.xz": lzma.compress(LINE)})),
     "in (gzip)/inner.txt.xz (xz): e-mail address (j"),
    ("content/files/bomb.bz2", lambda: bz2.compress(b"0" * 20_000_000),
     "(bzip2) expands to more than kbgen reads"),
    ("content/files/bomb.tar.xz", lambda: lzma.compress(tarred({"zeros": b"0" * 20_000_000})),
     "(xz) expands to more than kbgen reads"),
    ("content/files/many.tar", lambda: tarred({f"m{number}.txt": b"x"
                                                  for number in range(5001)}),
     "files (more than 5000)"),
    ("content/files/backup.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(24) + bz2.compress(LINE),
     "the file itself is a 7z archive, which kbgen does not open"),
    ("content/files/backup.rar", b"Rar!\x1a\x07\x01\x00" + bytes(24),
     "the file itself is a RAR archive, which kbgen does not open"),
    ("content/files/log.zst", b"\x28\xb5\x2f\xfd" + bytes(24),
     "the file itself is Zstandard-compressed, which kbgen does not open"),
    ("content/files/letter.doc", OLE2 + LINE.decode().encode("utf-16-le") + bytes(64),
     "in document text: e-mail address (j"),
    ("content/files/sheet.xls", OLE2 + LINE + bytes(64), "in document text: e-mail address (j"),
    ("content/files/ticket.eml", b"From: support@help.test.example\nSubject: Re: reset\n"
     b"MIME-Version: 1.0\nContent-Transfer-Encoding: quoted-printable\n\n"
     b"Customer =6Aane.private=40gmail.com wrote\n",
     "e-mail address (j"),
    ("content/files/attached.eml", b"From: support@help.test.example\nMIME-Version: 1.0\n"
     b"Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\nSee"
     b" the log.\n--XX\nContent-Type: application/gzip; name=log.gz\n"
     b"Content-Disposition: attachment; filename=log.gz\nContent-Transfer-Encoding: base64\n\n"
     + base64.encodebytes(gzip.compress(LINE)) + b"--XX--\n",
     "in log.gz (gzip): e-mail address (j"),
    ("content/files/letter.rtf", rb"{\rtf1\ansi Write to jane.private\'40gmail.com}",
     "in (RTF): e-mail address (j"),
    ("content/files/letter-u.rtf", rb"{\rtf1\ansi\uc1 Write to jane.private\u64?gmail.com}",
     "in (RTF): e-mail address (j"),
    # benign: readable containers of harmless text pass
    ("content/files/manual.tar.bz2", bz2.compress(tarred({"manual.txt": b"Hold reset.\n"})), None),
    ("content/files/manual.doc", OLE2 + "Hold the reset button.".encode("utf-16-le"), None),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """(`kbgen check` exit code, its error lines) of one project holding every case."""
    return check_cases(tmp_path_factory.mktemp("review28b"), ARTICLES, FILES)


def test_each_case_is_judged_as_expected(checked: tuple[int, list[str]]) -> None:
    code, errors = checked
    assert misjudged(ARTICLES, errors) == {}, errors
    assert code == 1


@pytest.mark.parametrize(("path", "expected"), [(path, expected) for path, _, expected in FILES],
                         ids=[path.rsplit("/", 1)[-1] for path, _, _ in FILES])
def test_copied_file_is_read_or_refused(checked: tuple[int, list[str]], path: str,
                                        expected: str | None) -> None:
    assert_file_judged(checked[1], path, expected)


def test_values_are_not_printed(checked: tuple[int, list[str]]) -> None:
    _, errors = checked
    text = "\n".join(errors)
    assert GOOGLE not in text and GITHUB not in text and RANDOM not in text
    assert EMAIL not in text


# --------------------------------------------------------------------- allow_networks

REFUSED_NETWORKS = ["0.0.0.0/0", "::/0", "10.0.0.0/8", "fc00::/7", "172.16.0.0/12",
                    "192.168.0.0/16", "::ffff:0:0/96", "::ffff:10.0.0.0/104", "0.0.0.0/1",
                    "8.8.8.0/24", "2000::/3", "127.0.0.0/8", "::1/128", "100.64.0.0/10"]
"""Networks that would turn the internal-address check off (the whole world, a whole private
block, every IPv4 address mapped into IPv6) or that name no private network at all."""


@pytest.mark.parametrize("network", REFUSED_NETWORKS)
def test_allow_networks_takes_only_part_of_a_private_network(network: str) -> None:
    with pytest.raises(ValidationError, match="is not a part of a private network"):
        PrivacyConfig(allow_networks=[network])


@pytest.mark.parametrize("network", ["fdaa::/16", "10.42.0.0/16", "192.168.77.0/24"])
def test_a_platform_network_is_still_accepted(network: str) -> None:
    assert PrivacyConfig(allow_networks=[network]).allow_networks == [network]


def test_the_whole_world_in_mkdocs_yml_stops_the_build(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    privacy:\n      allow_networks:"
        ' ["0.0.0.0/0", "::/0"]\n',
        "content/index.md": "# Home\n", "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/wifi/leak.md": article("Leak", body="Our NAS is 10.20.30.40.\n")})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code != 0
    assert "'0.0.0.0/0' is not a part of a private network" in result.output, result.output
