"""Hex of a digest's length is a digest when the line names a hash, a checksum or a commit,
unless it also names a key: `Signing key (SHA-256): <hex>` is an HMAC key, and stays an error.
Each case is a real project checked with `kbgen check`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import article

ARTICLE = "content/articles/billing/case.md"
HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
SHA1 = "194a8d5e08f19f4d8e2c3b77b0c1d9a6e1f2a3b4"

# (case, line, a key or not)
CASES = [
    ("webhook key", f"Paste the webhook key (SHA-256 format): {HEX}", True),
    ("signing key", f"Signing key: {HEX} (hmac-sha256).", True),
    ("HMAC key beside hash", f"Your HMAC key is {HEX}; do not share the hash.", True),
    ("bearer", f"Send `Bearer {HEX}` with the commit.", True),
    ("keys", f"Keys (SHA-256 digests): {HEX}", True),
    ("German", f"Der Schlüssel (SHA-256): {HEX}", True),
    ("French", f"La clé (empreinte SHA-256) : {HEX}", True),
    ("checksum", f"The checksum of the download is {HEX}.", False),
    ("commit", f"The SHA-1 hash of the commit is {SHA1}.", False),
    ("keyboard is not a key", f"The keyboard driver's SHA-256 checksum: {HEX}", False),
]


@pytest.mark.parametrize("case, line, key", CASES, ids=[c[0] for c in CASES])
def test_a_key_is_not_a_digest_because_the_line_names_a_hash(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        line: str, key: bool) -> None:
    config = write_project({ARTICLE: article(body=f"{line}\n"),
                            "content/articles/wifi/ok.md": article("Fine article")})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [text for text in result.output.splitlines() if ": error: " in text]
    if key:
        assert errors == [f"{ARTICLE}:8: error: API key or token (9f86********) would be"
                          " published: remove the key or token and have it revoked: anything"
                          " pasted into an article is public; or, once reviewed as safe to"
                          " publish, end the line with `<!-- kb:allow token -->`"], result.output
        assert result.exit_code == 1
    else:
        assert errors == [] and result.exit_code == 0, result.output
