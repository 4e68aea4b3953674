"""A value its key or label names as a digest or a signature (`"sig_hash": "…"`, `Digest:
sha-256=…`), an onion service's address, and the id of a page its service publishes for
everyone (a YouTube channel, a public Google form) are no findings (kbgen.core.named_digests,
kbgen.core.public_pages). A key naming a secret too, a wrong length after an algorithm's
label, a shared document's link or a query value on those hosts stay findings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

HEX64 = "5cfc20c7018f2beefb42a68836da59a792e55daa4d118498c9b1898de7e845690f"
B64_32 = "hcK0GZB1BM4R0eenYrj9clYBuyXs/lemt5iWRYmIX0A="
ONION = "qKnFwnNH2oH4QhQ7CoRf7HYj8wCwpDwsa8ohJmcPG9JodMZvVA6psKq7"
FORM = "1FAIpQLScYsLxe1HswOW9DFUNuhyTcYhdWY7-SZqTF3RpeBpFcyNdhUA"

CLEAN = [
    f'```json\n{{"sig_hash": "{HEX64}"}}\n```',
    f'```json\n{{"signatureValue": "{HEX64}"}}\n```',
    f"```\nDigest: sha-256={B64_32}\n```",
    f"```\nserver_name mastodon.{ONION}.onion;\n```",
    "- [YouTube](https://www.youtube.com/channel/UCT5kq9w0wSjogzJb81C9U0w)",
    f"[Request access](https://docs.google.com/forms/d/e/{FORM}/viewform).",
]

FOUND = [
    ("a password's hash", f'```json\n{{"password_hash": "{HEX64}"}}\n```'),
    ("a signing key", f'```json\n{{"signing_key_hash": "{HEX64}"}}\n```'),
    ("an HMAC key named a signature", f'```json\n{{"hmac_signature_key": "{HEX64}"}}\n```'),
    ("not the algorithm's length", "```\nDigest: sha-256=hcK0GZB1BM4R0eenYrj9clYBuyXs/lemt5i\n```"),
    ("a key, not a host label", f"```\napi_key={ONION}\n```"),
    ("a shared document", f"[doc](https://docs.google.com/document/d/{FORM}/edit)"),
    ("a form's edit link", f"[form](https://docs.google.com/forms/d/{FORM}/edit)"),
    ("a key in the query", "[yt](https://www.youtube.com/channel/UCT5kq9w0wSjogzJb81C9U0w"
                           "?key=Kq91x7ZrPwLm2Z3aQ9x7ZrPwLm2Z)"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_named_digest_onion_and_public_page_are_clean(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(("case", "text"), FOUND, ids=[case for case, _ in FOUND])
def test_secret_shapes_beside_them_stay_findings(case: str, text: str) -> None:
    assert any(not f.advisory for f in scan(text)), case
