"""A hex id in the path of an image the page embeds (`![..](url)`, `<img src=..>`) is no key:
every reader's browser fetched that address on the site it comes from, and kbgen leaves a
picture from another site out of the page anyway (obsidian-help's
`publish-01.obsidian.md/access/<32 hex site id>/Attachments/Engelbart.jpg`, a false error at
import). A key in such an image's query string, after a path segment naming a credential, or
not hex; and the same hex in an address that is only written or linked, or that is not an
image's, are still found, by a real `kbgen check` too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core.privacy import TOKEN, scan
from tests.conftest import article
from tests.helpers import run_cli

HEX = "f786db9fac45774fa4f0d8112e232d67"
PUBLIC = [
    ("obsidian-help", f"![250](https://publish-01.obsidian.md/access/{HEX}/Attachments/"
                      "Engelbart.jpg)"),
    ("an <img> tag", f'<img alt="Diagram" src="https://cdn.acme.io/{HEX}/diagram.png">'),
    ("a title and spaces", f'![Screen]( https://cdn.acme.io/u/{HEX}/shot.webp "Shot")'),
    ("no file name", f"![Logo](https://images.acme.io/{HEX.upper()})"),
]
PATH = f"publish-01.obsidian.md/access/{HEX}/Attachments/Engelbart"
LEAKS = [
    ("a link to the image", f"[photo](https://{PATH}.jpg)"),
    ("the image's address written", f"The image is at https://{PATH}.jpg"),
    ("the image's address in code", f"`https://{PATH}.jpg`"),
    ("a non-image address's path", f"Post to https://{PATH}/notify daily."),
    ("an embedded image with ?token=", f"![a](https://{PATH}.jpg?token=9f8e7d6c5b4a3f2e1d0c)"),
    ("a path segment naming a key",
     f"![a](https://publish-01.obsidian.md/key/{HEX}/Attachments/Engelbart.jpg)"),
    ("a path segment naming a token",
     f"![a](https://publish-01.obsidian.md/api_token/{HEX}/Attachments/Engelbart.jpg)"),
    ("not hex", "![map](https://tiles.acme.io/Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz/tile.png)"),
    ("embedded, then linked on the same line",
     f"![a](https://{PATH}.jpg) and [b](https://{PATH}.png)"),
]
"""Each caught before this rule too. A 32-hex key alone in a URL's path
(`https://hooks.acme.io/services/<hex>/notify`) was and is missed: the run is judged with its
neighbouring segments, and hex's 4 bits a character stay under base64's entropy limit."""


@pytest.mark.parametrize(("case", "text"), PUBLIC, ids=[case for case, _ in PUBLIC])
def test_a_hex_id_in_an_embedded_image_address_is_public(case: str, text: str) -> None:
    assert scan(text) == [], case


@pytest.mark.parametrize(("case", "text"), LEAKS, ids=[case for case, _ in LEAKS])
def test_keys_beside_or_outside_embedded_images_are_found(case: str, text: str) -> None:
    assert any(f.kind == TOKEN and not f.advisory for f in scan(text)), case


def test_kbgen_check_passes_the_image_and_finds_the_hook(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    image, hook = PUBLIC[0][1], LEAKS[3][1]
    config = write_project({
        "content/articles/billing/embed.md": article("Embed files", body=f"{image}\n"),
        "content/articles/billing/hook.md": article("Hook", body=f"{hook}\n")})
    result = run_cli("check", cwd=config.parent)
    said = (result.stdout + result.stderr).splitlines()
    # the picture from another site is still a warning (it is left out of the page)
    assert [line for line in said if "embed.md" in line and "error" in line] == []
    assert "hook.md" in result.stdout + result.stderr and result.returncode != 0
