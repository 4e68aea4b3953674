"""Key material a tool prints under its own labels (issue 19, branch leak40), in a real `kbgen
build`: `ip xfrm state`'s `enc cbc(aes) 0x…`, `ipsec.secrets`' `: PSK "…"`, wpa_supplicant's
`psk="…"`, `nmcli --show-secrets`' `802-11-wireless-security.psk: …` and `openssl pkey -text`'s
`priv:` bytes, each in front matter, prose, a table, a code block, HTML, a copied file and a
category's description (`_data/categories.yml`). The build names each file and line and
publishes nothing; the public material of the same outputs (SPIs, algorithms without a key,
fingerprints, `pub:` bytes) publishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_refused_everywhere,
)
from tests.hostile.test_leak34_classes import PASSWORD, _build

TOKEN = "API key or token"
XFRM = "0x3f7a9c1e5b2d8f4a6c0e3b7d9f1a5c8e"
PSK = "Kq8vNz3Lw2Pd"

# class: (extra front matter, body, copied file, a category's description, kind, mark)
CLASSES = {
    "xfrm": (f"description: 'auth-trunc hmac(sha256) {XFRM} 128'\n",
             f"Die Ausgabe zeigt `enc cbc(aes) {XFRM}` für den Tunnel.\n\n"
             f"| Feld | Wert |\n|---|---|\n| aead | aead rfc4106(gcm(aes)) {XFRM} 128 |\n\n"
             "```text\nsrc 192.0.2.1 dst 192.0.2.2\n\tproto esp spi 0xc5521750 reqid 1\n"
             f"\tauth-trunc hmac(sha256) {XFRM} 128\n```\n\n"
             f"<span title=\"enc cbc(aes) {XFRM}\">SA</span>\n",
             f"\tenc cbc(aes) {XFRM}\n", f"auth-trunc hmac(sha256) {XFRM} 128", TOKEN, XFRM),
    "psk": (f"description: ': PSK \"{PSK}\"'\n",
            f"In `ipsec.secrets` steht `192.0.2.1 : PSK \"{PSK}\"`.\n\n"
            f"| Datei | Zeile |\n|---|---|\n| wpa_supplicant.conf | psk=\"{PSK}\" |\n\n"
            f"```text\nnetwork={{\n    ssid=\"HomeNet\"\n    #psk=\"{PSK}\"\n}}\n```\n\n"
            f"<span title=\"802-11-wireless-security.psk: {PSK}\">WLAN</span>\n",
            f"carol : EAP \"{PSK}\"\n", f"wifi-sec.psk {PSK}", PASSWORD, PSK),
}

_PRIV = "    3f:7a:9c:1e:5b:2d:8f:4a:6c:0e:3b:7d:9f:1a:5c:"
_PRIV_TEXT = f"ED25519 Private-Key:\npriv:\n{_PRIV}\n    8e:3f\npub:\n"
"""`openssl pkey -text`: the bytes on the line under `priv:`."""


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak40")
    files: dict[str, str] = {}
    for name, (front, body, text, data, _, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(f"Case {name}", extra=front, body=body)
        files[f"content/files/{name}.txt"] = text
    files["content/articles/wifi/priv.md"] = article(
        "Case priv", body=f"```text\n{_PRIV_TEXT}```\n")
    files["content/files/priv.txt"] = _PRIV_TEXT
    files["content/_data/categories.yml"] = MINI_CATEGORIES.replace(
        "Payments and invoices.", repr(CLASSES["psk"][3])).replace(
        "Connection problems.", repr(CLASSES["xfrm"][3]))
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    assert_refused_everywhere(root, code, output, name, CLASSES[name][-1], CLASSES[name][-2])


def test_a_data_file_and_an_openssl_private_part_are_refused(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    # a category's field is named at its own line (the descriptions of `wifi:`, `billing:`)
    assert_refused_at(code, output, TOKEN, [("content/_data/categories.yml", 7),
                                            ("content/articles/wifi/priv.md", 11),
                                            ("content/files/priv.txt", 3)])
    assert_refused_at(code, output, PASSWORD, [("content/_data/categories.yml", 3)])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


PUBLIC = (
    "```text\nsrc 192.0.2.1 dst 192.0.2.2\n\tproto esp spi 0xc5521750 reqid 1 mode tunnel\n"
    "\tauth-trunc hmac(sha256) 0x 96\n\tenc cbc(aes) 0x0000000000000000\n```\n\n"
    "Use `auth-trunc hmac(sha256)` with `enc cbc(aes)`; put `$ENC_KEY` after it.\n\n"
    "```text\nTemplateTwoSix{11}:  AES_CBC_128/HMAC_SHA2_256_128, ESP SPIs: c5521750_i "
    "cbe50d53_o\n  in  c5521750,      0 bytes,     0 packets\n```\n\n"
    "```text\n: PSK \"<your pre-shared key>\"\n: RSA moonKey.pem %prompt\npsk=\"<passphrase>\"\n"
    "key_mgmt=WPA-PSK\n802-11-wireless-security.psk:           <hidden>\n```\n\n"
    "Authentication type: PSK authentication is simpler than certificates.\n\n"
    "```text\n256 SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s user@host (ED25519)\n"
    "pub:\n    04:6c:1b:2f:4e:8a:9d:3c:7b:5e:1f:0a:2d:4c:6b:8e:\n"
    "modulus:\n    00:a1:3f:7a:9c:1e:5b:2d:8f:4a:6c:0e:3b:7d:9f:1a:5c:\n```\n")


def test_public_parts_of_the_same_outputs_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article("Doc", body=PUBLIC)}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")
