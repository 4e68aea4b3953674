"""Issue 19 (leak43): password digests of every common scheme are findings wherever they stand,
whatever label or column calls them a hash; a digest the gate makes again from the line's user
name or a placeholder stays accepted (htpasswd_digests). The hostile twins are rows `(leak43)`
of bench/gatecorpus/hostile.yml, checked by test_gate_precision."""

from __future__ import annotations

import pytest

from kbgen.core import password_schemes
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import TOKEN, Allowed, htpasswd_digests, scan, scanner

REAL = "sunflower2024"
SALT = "x9Lm2QaZ"
DIGESTS = {
    "MD5-crypt": f"$1${SALT}$bt/NlzaKMIPEHgugWCc7v.",
    "SHA-512 crypt": "$6$Qz8wLm3NpT4v$BCdnmEbs8sfh6LalPiWDuIH.eLFpS7MKp5Dbn1u7qiP.wBW7a8FxztseBy"
                     "FJ5091DInQktINa4qFgTU/5GDDn1",
    "bcrypt": "$2y$12$Lk9Jh6GfQp4Zt7RwNt0mvOAlslA5PbfCpIyYBQSJLkSqtKpHfmf5a",
    "SSHA": "{SSHA}ptj9Dk/gzld2OW/xRf6N5+YAd6txN1pw",
    "MySQL": "*CADCC7F6F17D6ADD085CB91290EBB5DC9C8AAD34",
}
PLACES = {
    "a table column of hashes": "| user | hash |\n|---|---|\n| anna | `{d}` |\n",
    "a sentence naming a hash": "The SHA digest of the file is {d}, as printed.\n",
    "an HTML cell": "<tr><td>anna</td><td>{d}</td></tr>\n",
    "Japanese touching it": "管理者のハッシュは{d}です。\n",
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("scheme", DIGESTS)
def test_a_digest_is_found_whatever_names_it_a_hash(scheme: str, place: str) -> None:
    found = scan(PLACES[place].format(d=DIGESTS[scheme]))
    assert [finding.kind for finding in found] == [TOKEN]


def test_a_digest_in_a_data_file_is_found() -> None:
    data = {"team": [{"name": "Anna", "password_digest": DIGESTS["bcrypt"]}]}
    found = scanner.scan_data(data, Allowed(), lambda key: 1)
    assert [finding.kind for finding in found] == [TOKEN]


@pytest.mark.parametrize("user, password, passes", [
    ("anna", "anna", True), ("anna", "password", True), ("anna", REAL, False),
], ids=["its own user name", "a stand-in", "a real password"])
def test_htpasswd_digests_are_made_again(user: str, password: str, passes: bool) -> None:
    digest = htpasswd_digests.md5_crypt(password, SALT, "$1$")
    explained: list[Acceptance] = []
    found = scan(f"```\n{user}:$1${SALT}${digest}\n```\n", explain=explained)
    assert (found == []) is passes
    assert (htpasswd_digests.REASON in {a.reason for a in explained}) is passes


@pytest.mark.parametrize("text", [
    "The file's MD5 hash is 8846f7eaee8fb117ad06bdd830b7586c.",
    "| file | hash |\n|---|---|\n| kb.zip | `8846f7eaee8fb117ad06bdd830b7586c` |\n",
    "The hash looks like `$2y$10$...`: a bcrypt digest.",
    "Prices: $1 per seat, $5$ per team, *ABCDEF.",
])
def test_checksums_and_shapes_without_a_digest_pass(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text, expected", [
    ("x$1$ab$" + "c" * 22, False),  # glued to a word: not where a digest starts
    ("$1$ab$" + "c" * 23, False),  # one too many: something else
    ("$1$ab$" + "c" * 22 + ". Next", True),  # a full stop ends the sentence, not the digest
    ("$$2y$$05$$" + "c" * 53, True),  # doubled for Compose
])
def test_digest_lengths_are_exact(text: str, expected: bool) -> None:
    assert bool(password_schemes.DIGEST.search(text)) is expected


def _hex(text: str, separator: str = " ") -> str:
    return separator.join(f"{byte:02x}" for byte in text.encode())


@pytest.mark.parametrize("text", [
    "SSH fingerprint MD5:43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8",
    "Bytes: " + _hex("Hello, this is a greeting"),
    "Scores were 23 45 67 34 56 78 44 55 66 77 33 22 in order.",
    "Short: " + _hex("sk_live_4eC"),  # eleven bytes: too few to read
], ids=["fingerprint", "harmless words", "numbers", "short"])
def test_hex_bytes_of_nothing_secret_pass(text: str) -> None:
    assert scan(text) == []
